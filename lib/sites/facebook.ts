// Facebook shows a post in a dialog (or a permalink page) holding the story and a list of comment articles labelled
// "Comment by …"/"Reply by …" (localized); replies sit in their parent's list item. See shared/docs/site-dom.md "Facebook".
import type { Post, Thread } from '../thread/schema';
import { isBrandAuthor, normalizeHandle } from '../thread/target';
import { visibleText } from '../thread/text';
import { closestOf, guard, neverThrows, ownerDocumentOf, queryAll, queryFirst } from './query';
import { fail, ok, type BrandHint, type Result, type SiteAdapter } from './types';

export const selectors = {
  /** Post roots, newest first: an open post dialog, a permalink page, a feed story. seen 2026-11. */
  root: [
    'div[role="dialog"][aria-labelledby]',
    '[role="main"]',
    '[role="feed"] [role="article"]',
    '[data-pagelet*="FeedUnit"]',
  ],
  /** Author of the post. seen 2026-11; h2/h3 links are the pre-2024 fallback. */
  profileName: ['[data-ad-rendering-role="profile_name"]', 'h2 a', 'h3 a'],
  /** Post text. seen 2026-11; the preview attributes are older (2023–25). */
  storyMessage: [
    '[data-ad-rendering-role="story_message"]',
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
  ],
  /** Required with profile_name for a root to count as a post. seen 2026-11. */
  actionBar: ['[data-ad-rendering-role="comment_button"]', '[data-ad-rendering-role="share_button"]'],
  /** The post's own link, giving its id. seen 2026-11 (PostScraper extractPostUrl). */
  postLink: [
    'a[href*="/posts/"]',
    'a[href*="/permalink/"]',
    'a[href*="story_fbid="]',
    'a[href*="set=pcb."]',
    'a[href*="set=gm."]',
  ],
  /** Comments; the labels are localized (FB-Comments-Exporter matches Dutch too). seen 2026-11. */
  comment: ['[role="article"][aria-label^="Comment by "]', '[role="article"][aria-label^="Opmerking van "]'],
  /** Replies: "Reply by A to B's comment 1 hour ago". seen 2026-11. */
  reply: ['[role="article"][aria-label^="Reply by "]', '[role="article"][aria-label^="Antwoord van "]'],
  /** Links that carry comment_id / reply_comment_id. seen 2026-11. */
  commentLink: ['a[href*="reply_comment_id="]', 'a[href*="comment_id="]'],
  /** Comment and body paragraphs. seen 2026-11. */
  message: ['div[dir="auto"]'],
  /** Profile links in a comment header. seen 2026-11. */
  profileLink: ['a[href][role="link"]', 'a[href]'],
  /** Reply controls under a comment (en, nl); the post's own is its comment_button. seen 2026-11. */
  replyButton: ['[role="button"]', 'button'],
  /** Lexical comment box; scoped to the post root because Messenger uses Lexical too. seen 2026-11. */
  composer: [
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    'div[contenteditable="true"][role="textbox"]',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Comment-box labels (en, nl); "Reply to …" appears after the user clicks Reply on a comment. */
const COMPOSER_LABEL =
  /^(comment as|write a comment|write a public comment|reply to|reageer als|reageren als|schrijf een|antwoord aan|beantwoord)/i;
const REPLY_COMPOSER_LABEL = /^(reply to|antwoord aan|beantwoord)/i;
/** The relative time link under a comment ("2h", "3 d", "1 u", "Just now"). */
const RELATIVE_TIME = /^(\d+\s?[a-z.]{1,4}|just now|zojuist|nu)$/i;
const POST_ID_PATTERNS = [
  /\/posts\/([A-Za-z0-9]+)/,
  /\/permalink\/(\d+)/,
  /[?&]story_fbid=([A-Za-z0-9]+)/,
  /[?&]set=(?:pcb|gm)\.(\d+)/,
];

export function isFacebookThreadPage(url: URL): boolean {
  if (!/(^|\.)facebook\.com$/.test(url.hostname)) return false;
  if (url.searchParams.has('comment_id') || url.searchParams.has('story_fbid')) return true;
  return /\/(posts|permalink|videos|reel)\/|\/permalink\.php|\/story\.php|\/photo\/?|\/photo\.php|\/watch\/?/.test(
    url.pathname,
  );
}

/**
 * The open dialog, else the permalink main, else a feed story: the first that holds exactly one post, so a feed is
 * never read as one thread. Several feed stories: the one holding focus, else a failure asking to open one.
 */
function findPostRoot(root: ParentNode): { root: Element } | { reason: string } {
  for (const selector of selectors.root) {
    const holding = Array.from(root.querySelectorAll(selector)).filter((candidate) => postCount(candidate) === 1);
    if (holding.length === 0) continue;
    if (holding.length === 1 || selector.startsWith('div[role="dialog"]')) return { root: holding[0] as Element };
    const active = ownerDocumentOf(root)?.activeElement;
    const focused = active ? holding.find((candidate) => candidate.contains(active)) : undefined;
    if (focused) return { root: focused };
    return { reason: 'Several posts on this page: open one (click its time) to read its thread.' };
  }
  return { reason: 'No post found: Facebook may have changed its page (no post dialog or permalink).' };
}

/** Posts (author + action bar) in a candidate root, comments aside. */
function postCount(candidate: Element): number {
  const bars = queryAll(candidate, selectors.actionBar).filter((bar) => !bar.closest(selectors.comment.join(', ')));
  const stories = new Set(bars.map((bar) => bar.closest('[role="article"], [data-pagelet*="FeedUnit"]') ?? candidate));
  return queryFirst(candidate, selectors.profileName) ? stories.size : 0;
}

function readThread(root: ParentNode, url: URL, brand?: BrandHint): Result<Thread> {
  const found = findPostRoot(root);
  if (!('root' in found)) return fail(found.reason);
  const postRoot = found.root;
  const articles = commentArticles(postRoot);
  const inComment = (element: Element) => articles.some((article) => article.contains(element));

  const nameBox = queryAll(postRoot, selectors.profileName).find((element) => !inComment(element));
  if (!nameBox) return fail('No post author found: Facebook may have changed its page.');
  const nameLink = nameBox.matches('a') ? nameBox : nameBox.querySelector('a');
  const author = visibleText(nameLink ?? nameBox);
  const body = queryAll(postRoot, selectors.storyMessage).find((element) => !inComment(element));
  const postId = postIdOf(postRoot, inComment, url) ?? 'post';
  const posts: Post[] = [
    {
      id: postId,
      author,
      isBrand: isBrand(author, nameLink?.getAttribute('href'), brand),
      text: body ? visibleText(body, { blocks: true }) : '',
    },
  ];

  const idOf = new Map<Element, string>();
  const seen = new Set<string>([postId]);
  articles.forEach((article, index) => {
    const ids = commentIdsOf(article);
    const id = ids.reply ?? ids.comment ?? `comment-${index + 1}`;
    idOf.set(article, id);
    if (seen.has(id)) return; // the same comment shown twice (e.g. highlighted above the list): read it once
    seen.add(id);
    const parentArticle = structuralParent(article, articles);
    const parentId =
      (parentArticle ? idOf.get(parentArticle) : undefined) ??
      (ids.reply !== undefined && ids.comment !== undefined && seen.has(ids.comment) ? ids.comment : postId);
    const header = commentAuthor(article);
    posts.push({
      id,
      author: header.name,
      isBrand: isBrand(header.name, header.href, brand),
      text: commentText(article),
      parentId,
    });
  });

  const targetParam = url.searchParams.get('reply_comment_id') ?? url.searchParams.get('comment_id');
  const target = targetParam !== null && seen.has(targetParam) ? targetParam : undefined;
  return ok({
    version: 1,
    platform: 'facebook',
    url: url.href,
    posts,
    ...(target !== undefined ? { targetId: target } : {}),
  });
}

/** Comments and replies in the root, in reading order (union over the localized labels). */
function commentArticles(postRoot: Element): Element[] {
  const all = [...selectors.comment, ...selectors.reply].join(', ');
  return Array.from(postRoot.querySelectorAll(all));
}

/** The comment an article answers: an enclosing article, else the first article of an enclosing list item. */
function structuralParent(article: Element, articles: readonly Element[]): Element | undefined {
  const enclosing = article.parentElement?.closest('[role="article"]');
  if (enclosing && articles.includes(enclosing)) return enclosing;
  for (let item = article.closest('li'); item; item = item.parentElement?.closest('li') ?? null) {
    const first = articles.find((candidate) => item?.contains(candidate));
    if (first && first !== article) return first;
  }
  return undefined;
}

/** Elements of `article` that are not inside a nested article. */
function ownElements(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter(
    (element) => element.parentElement?.closest('[role="article"]') === article,
  );
}

function commentIdsOf(article: Element): { comment?: string; reply?: string } {
  for (const link of ownElements(article, selectors.commentLink.join(', '))) {
    const href = link.getAttribute('href') ?? '';
    let params: URLSearchParams;
    try {
      params = new URL(href, 'https://www.facebook.com/').searchParams;
    } catch {
      continue;
    }
    const comment = params.get('comment_id') ?? undefined;
    const reply = params.get('reply_comment_id') ?? undefined;
    if (comment || reply) return { ...(comment ? { comment } : {}), ...(reply ? { reply } : {}) };
  }
  return {};
}

/** The first profile link with text outside the message; the time link ("2h") is not a name. */
function commentAuthor(article: Element): { name: string; href?: string } {
  for (const link of ownElements(article, selectors.profileLink.join(', '))) {
    if (link.closest('div[dir="auto"]')) continue;
    const name = visibleText(link);
    if (name && !RELATIVE_TIME.test(name)) return { name, href: link.getAttribute('href') ?? undefined };
  }
  return { name: '' };
}

function commentText(article: Element): string {
  const paragraphs = ownElements(article, selectors.message.join(', ')).filter(
    (element) => !element.parentElement?.closest('div[dir="auto"]') && !element.closest('a'),
  );
  return paragraphs
    .map((paragraph) => visibleText(paragraph, { blocks: true }))
    .filter(Boolean)
    .join('\n');
}

function postIdOf(postRoot: Element, inComment: (element: Element) => boolean, url: URL): string | undefined {
  const hrefs = queryAll(postRoot, selectors.postLink)
    .filter((link) => !inComment(link))
    .map((link) => link.getAttribute('href') ?? '');
  for (const href of [...hrefs, url.pathname + url.search]) {
    for (const pattern of POST_ID_PATTERNS) {
      const id = pattern.exec(href)?.[1];
      if (id) return id;
    }
  }
  return undefined;
}

/** contracts.md: on Facebook the author name equals the brand name, or the profile URL is the brand page. */
function isBrand(author: string, href: string | null | undefined, brand?: BrandHint): boolean {
  if (!brand) return false;
  if (isBrandAuthor({ author }, brand)) return true;
  const slug = href ? profileSlug(href) : undefined;
  return slug !== undefined && brand.handles.some((handle) => normalizeHandle(handle) === slug);
}

function profileSlug(href: string): string | undefined {
  try {
    const url = new URL(href, 'https://www.facebook.com/');
    const id = url.pathname === '/profile.php' ? url.searchParams.get('id') : url.pathname.split('/')[1];
    return id ? id.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

const REPLY_LABEL = /^(reply|beantwoorden|antwoorden|reageren)$/i;

/** A comment's "Reply" gives that comment; the post's "Comment" button gives the post. */
function replyTargetOf(element: Element, url: URL): string | undefined {
  const control = closestOf(element, selectors.replyButton);
  if (!control) return undefined;
  const comment = control.closest([...selectors.comment, ...selectors.reply].join(', '));
  if (comment) {
    if (!REPLY_LABEL.test(visibleText(control))) return undefined;
    const ids = commentIdsOf(comment);
    return ids.reply ?? ids.comment;
  }
  if (!closestOf(control, [selectors.actionBar[0]])) return undefined;
  const found = findPostRoot(ownerDocumentOf(control) ?? control);
  if (!('root' in found) || !found.root.contains(control)) return undefined;
  const articles = commentArticles(found.root);
  return postIdOf(found.root, (node) => articles.some((article) => article.contains(node)), url) ?? 'post';
}

function findComposer(root: ParentNode): HTMLElement | null {
  const found = findPostRoot(root);
  if (!('root' in found)) return null;
  const postRoot = found.root;
  const boxes = queryAll(postRoot, selectors.composer).filter((box) =>
    COMPOSER_LABEL.test(box.getAttribute('aria-label') ?? ''),
  );
  const active = ownerDocumentOf(root)?.activeElement;
  const focused = boxes.find(
    (box) => box === active || (active !== null && active !== undefined && box.contains(active)),
  );
  const reply = boxes.find((box) => REPLY_COMPOSER_LABEL.test(box.getAttribute('aria-label') ?? ''));
  return (focused ?? reply ?? boxes[0] ?? null) as HTMLElement | null;
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  matches: ['*://www.facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*'],
  selectors,
  isThreadPage: isFacebookThreadPage,
  readThread: (root, url, brand) => guard('Facebook', () => readThread(root, url, brand)),
  findComposer: neverThrows(findComposer, null),
  replyTargetOf: neverThrows(replyTargetOf, undefined),
};

export default facebookAdapter;
