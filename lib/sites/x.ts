// X builds a status page as one virtualised list of `cellInnerDiv`s (ancestors, the focused post, replies) with no
// nesting in the DOM; a 2 px connector line ties a post to the one above. See shared/docs/site-dom.md "X".
import type { Post, Thread } from '../thread/schema';
import { normalizeHandle } from '../thread/target';
import { visibleText } from '../thread/text';
import { closestOf, guard, neverThrows, matchesAny, ownerDocumentOf, queryAll, queryFirst } from './query';
import { fail, ok, type BrandHint, type Result, type SiteAdapter } from './types';

export const selectors = {
  /** The conversation list; works in any UI language (Control Panel Selectors.TIMELINE). seen 2026-11, status page. */
  conversation: [
    'div[data-testid="primaryColumn"] section > h1 + div[aria-label] > div',
    'div[aria-label="Timeline: Conversation"] > div', // English UI only; seen 2026-11
  ],
  /** One recycled list item, absolutely positioned with translateY. seen 2026-11. */
  cell: ['div[data-testid="cellInnerDiv"]'],
  /** A post. seen 2026-11. */
  post: ['article[data-testid="tweet"]'],
  /** Any article: one without the testid is an unavailable post. seen 2026-11. */
  article: ['article'],
  /** Name, handle and time block; a second one sits inside a quoted post. seen 2026-11. */
  userName: ['[data-testid="User-Name"]'],
  /** The link holding time[datetime]; its href gives handle and id. seen 2026-11. */
  statusLink: ['a[href*="/status/"]'],
  time: ['time[datetime]'],
  /** Post text; the first one not inside a quoted post. seen 2026-11. */
  text: ['[data-testid="tweetText"]'],
  /** A quoted post inside an article. seen 2026-11 (fixture x-tweet-quote.html). */
  quoted: ['div[role="link"]'],
  /** Avatar column; the connector line sits above it. seen 2026-11. */
  avatar: ['[data-testid="Tweet-User-Avatar"]'],
  /** The 2 px connector line without layout (happy-dom, saved pages); live pages also get a computed-width test. */
  connectorLine: ['[style*="width: 2px"]', '[style*="width:2px"]'],
  /** A post's reply control; clicking it makes that post the target. seen 2026-11. */
  replyButton: ['[data-testid="reply"]'],
  /** Heading of a list section ("Discover more"). seen 2026-11. */
  heading: ['h2', '[role="heading"]'],
  /** The signed-in account, to suggest the brand handle (Maskbook twitter.com/utils/selector.ts). seen 2026-11. */
  ownProfile: [
    'a[data-testid="AppTabBar_Profile_Link"]',
    '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
  ],
  /** Draft.js reply box; the testid is ON the contenteditable (trusthuman inlinex.md, 2026-02). seen 2026-11. */
  composer: [
    'div[data-testid="tweetTextarea_0"][contenteditable="true"]',
    'div.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
  ],
  /** Reply modal; preferred when open. seen 2026-11. */
  composerModal: ['[aria-labelledby="modal-header"]', 'div[role="dialog"]'],
  /** Inline reply under the focused post. seen 2026-11. */
  composerInline: ['[data-testid="inline_reply_offscreen"]', 'main', 'div[data-testid="primaryColumn"]'],
} as const satisfies Record<string, readonly string[]>;

/** Section headings after which the list holds recommendations, not the conversation (en, nl). */
const DISCOVER_MORE = /^(discover more|ontdek meer)$/i;
const HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'www.x.com', 'www.twitter.com']);
const STATUS_PATH = /^\/(?:[A-Za-z0-9_]{1,20}|i\/web|i)\/status\/(\d+)/;
const STATUS_HREF = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d+)/;

/** The focused post's id from a status URL; `/photo/N`, `/analytics` and the like are ignored. */
export function statusIdFromUrl(url: URL): string | undefined {
  if (!HOSTS.has(url.hostname)) return undefined;
  return STATUS_PATH.exec(url.pathname)?.[1];
}

/** The handle the agent is signed in with ("@SpoorLinq"), to prefill the brand handles; undefined if not shown. */
export function ownHandle(root: ParentNode): string | undefined {
  const element = queryFirst(root, selectors.ownProfile);
  if (!element) return undefined;
  const fromHref = /^\/([A-Za-z0-9_]{1,20})$/.exec(element.getAttribute('href') ?? '')?.[1];
  const fromTestId = /^UserAvatar-Container-([A-Za-z0-9_]{1,20})$/.exec(element.getAttribute('data-testid') ?? '')?.[1];
  const handle = fromHref ?? fromTestId;
  return handle ? `@${handle}` : undefined;
}

interface Entry {
  post: Post;
  /** The connector line ties this post to the cell above. */
  linked: boolean;
  focused: boolean;
  /** An unavailable post sat right above this one, so its parent is unknown. */
  afterGap: boolean;
}

function readThread(root: ParentNode, url: URL, brand?: BrandHint): Result<Thread> {
  const focusedId = statusIdFromUrl(url);
  if (!focusedId) return fail('This is not an X post page: the address has no /status/<id>.');
  const { items: articles, windowed } = itemsOf(root);
  if (articles.length === 0) return fail('No conversation list found: X may have changed its page.');

  const entries: Entry[] = [];
  const seen = new Set<string>();
  let afterGap = false;
  for (const item of articles) {
    if (item === 'discover-more') break;
    if (item === 'skip') continue;
    if (!matchesAny(item, selectors.post)) {
      afterGap = true; // unavailable post: left out (contracts.md), and its reply's parent is unknown
      continue;
    }
    const post = readPost(item, brand);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    const focused = post.id === focusedId;
    entries.push({ post, linked: continuesChainAbove(item), focused, afterGap });
    afterGap = false;
  }
  if (entries.length === 0) return fail('No posts found: X may have changed its page.');

  const focusedIndex = entries.findIndex((entry) => entry.focused);
  // Scrolled past it: the list recycled the focused cell, so every cell on screen is below it (mergeThread adds
  // these to the earlier read). Otherwise the page is still loading or shows another post.
  if (focusedIndex < 0 && !windowed) {
    return fail(`The post ${focusedId} is not on this page (yet): X may still be loading it.`);
  }
  entries.forEach((entry, index) => {
    const above = entries[index - 1];
    if (index <= focusedIndex) {
      // Ancestors and the focused post form a chain, drawn with the line or not.
      if (above && !entry.afterGap) entry.post.parentId = above.post.id;
    } else if (entry.linked) {
      if (above && !entry.afterGap) entry.post.parentId = above.post.id;
    } else {
      entry.post.parentId = focusedId;
    }
  });
  return ok({
    version: 1,
    platform: 'x',
    url: url.href,
    posts: entries.map((entry) => entry.post),
    ...(focusedIndex >= 0 ? { targetId: focusedId } : {}),
  });
}

type Item = Element | 'skip' | 'discover-more';

/**
 * List items in reading order: cells sorted by translateY, or bare articles on a page without the list. `windowed`:
 * the first cell on screen is not at the top, so cells above it were recycled.
 */
function itemsOf(root: ParentNode): { items: Item[]; windowed: boolean } {
  const list = queryFirst(root, selectors.conversation);
  const cells = queryAll(list ?? root, selectors.cell);
  if (cells.length === 0) {
    // A saved single post (no list): its top-level articles in document order.
    const articles = queryAll(root, selectors.article).filter((article) => !article.parentElement?.closest('article'));
    return { items: articles, windowed: false };
  }
  const offsets = cells.map(translateY);
  const positioned = offsets.every((offset) => offset !== undefined);
  const windowed = positioned && Math.min(...(offsets as number[])) > 0;
  const ordered = positioned
    ? cells
        .map((cell, index) => ({ cell, offset: offsets[index] ?? 0 }))
        .sort((a, b) => a.offset - b.offset)
        .map((entry) => entry.cell)
    : cells;
  const items = ordered.map((cell): Item => {
    const article = queryFirst(cell, selectors.article);
    if (article) return article;
    return isDiscoverMore(cell) ? 'discover-more' : 'skip';
  });
  return { items, windowed };
}

function translateY(cell: Element): number | undefined {
  const match = /translateY\((-?[\d.]+)px\)/.exec(cell.getAttribute('style') ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function isDiscoverMore(cell: Element): boolean {
  return queryAll(cell, selectors.heading).some((heading) => DISCOVER_MORE.test(visibleText(heading)));
}

function readPost(article: Element, brand?: BrandHint): Post | undefined {
  const quotedBox = quotedBoxOf(article);
  const outsideQuote = (element: Element) => !quotedBox || !quotedBox.contains(element);
  const link = queryAll(article, selectors.statusLink).find(
    (a) => outsideQuote(a) && queryFirst(a, selectors.time) !== null && STATUS_HREF.test(a.getAttribute('href') ?? ''),
  );
  const match = link ? STATUS_HREF.exec(link.getAttribute('href') ?? '') : null;
  if (!link || !match?.[2]) return undefined;
  const [, hrefHandle = '', id] = match;
  const userName = queryAll(article, selectors.userName).find(outsideQuote);
  const author = userName ? authorName(userName) : '';
  const handle = (userName ? handleIn(userName) : undefined) ?? `@${hrefHandle}`;
  const textBox = queryAll(article, selectors.text).find(outsideQuote);
  const post: Post = {
    id,
    author: author || handle,
    handle,
    isBrand: brand ? brand.handles.some((h) => normalizeHandle(h) === normalizeHandle(handle)) : false,
    text: textBox ? visibleText(textBox) : '',
  };
  const time = queryFirst(link, selectors.time)?.getAttribute('datetime');
  if (time && !Number.isNaN(Date.parse(time))) post.time = new Date(time).toISOString();
  const quoted = quotedBox ? readQuoted(quotedBox) : undefined;
  if (quoted) post.quoted = quoted;
  return post;
}

/** The quoted post's box: a role=link block holding its own User-Name. */
function quotedBoxOf(article: Element): Element | undefined {
  return queryAll(article, selectors.quoted).find((box) => queryFirst(box, selectors.userName) !== null);
}

function readQuoted(box: Element): Post['quoted'] {
  const userName = queryFirst(box, selectors.userName);
  const textBox = queryFirst(box, selectors.text);
  if (!userName) return undefined;
  const handle = handleIn(userName);
  return {
    author: authorName(userName),
    ...(handle ? { handle } : {}),
    text: textBox ? visibleText(textBox) : '',
  };
}

/** The display name: the first `div[dir]` of the User-Name block (verified badges are svg, skipped). */
function authorName(userName: Element): string {
  const nameBox = userName.querySelector('div[dir]') ?? userName.querySelector('a');
  return nameBox ? visibleText(nameBox) : '';
}

function handleIn(userName: Element): string | undefined {
  for (const span of Array.from(userName.querySelectorAll('span'))) {
    const text = (span.textContent ?? '').trim();
    if (/^@[A-Za-z0-9_]{1,20}$/.test(text)) return text;
  }
  return undefined;
}

/**
 * Control Panel's isReplyToPreviousTweet: an empty element above the avatar that is 2 px wide. Live pages get the
 * computed width; saved pages and happy-dom (no layout) rely on the inline width (selectors.connectorLine).
 */
function continuesChainAbove(article: Element): boolean {
  const avatar = queryFirst(article, selectors.avatar);
  const userName = queryFirst(article, selectors.userName);
  const boundary = avatar ?? userName;
  if (!boundary) return false;
  const above = (element: Element) =>
    (element.compareDocumentPosition(boundary) & 4) !== 0 && !element.contains(boundary);
  if (queryAll(article, selectors.connectorLine).some(above)) return true;
  const document = ownerDocumentOf(article);
  const view = document?.defaultView;
  // Without any stylesheet the computed width is the inline one, already checked (and computing it is slow there).
  if (!view || typeof view.getComputedStyle !== 'function' || document.styleSheets.length === 0) return false;
  return Array.from(article.querySelectorAll('div'))
    .filter((div) => div.childElementCount === 0 && above(div))
    .some((div) => view.getComputedStyle(div).width === '2px');
}

/** The post whose reply button holds `element` (a quoted post has no reply button of its own). */
function replyTargetOf(element: Element): string | undefined {
  const button = closestOf(element, selectors.replyButton);
  const article = button ? closestOf(button, selectors.post) : null;
  return article ? readPost(article)?.id : undefined;
}

function findComposer(root: ParentNode): HTMLElement | null {
  const modal = queryFirst(root, selectors.composerModal);
  const inModal = modal ? queryFirst(modal, selectors.composer) : null;
  if (inModal) return inModal as HTMLElement;
  const active = ownerDocumentOf(root)?.activeElement;
  if (active && matchesAny(active, selectors.composer)) return active as HTMLElement;
  for (const scope of queryAll(root, selectors.composerInline)) {
    const inline = queryFirst(scope, selectors.composer);
    if (inline) return inline as HTMLElement;
  }
  const any = queryFirst(root, selectors.composer);
  return any ? (closestOf(any, selectors.composer) as HTMLElement) : null;
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  matches: ['*://x.com/*', '*://twitter.com/*', '*://mobile.x.com/*', '*://mobile.twitter.com/*'],
  selectors,
  isThreadPage: (url) => statusIdFromUrl(url) !== undefined,
  readThread: (root, url, brand) => guard('X', () => readThread(root, url, brand)),
  findComposer: neverThrows(findComposer, null),
  replyTargetOf: neverThrows(replyTargetOf, undefined),
};

export default xAdapter;
