// LinkedIn serves two stacks: legacy Ember (post `data-urn`, comment articles with replies nested inside) and React/SDUI
// (`data-view-name`, URNs in byte-encoded tracking scopes, detail comments in a LazyColumn). See shared/docs/site-dom.md "LinkedIn".
import type { Post, Thread } from '../thread/schema';
import { isBrandAuthor, normalizeHandle } from '../thread/target';
import { visibleText } from '../thread/text';
import { closestOf, guard, neverThrows, matchesAny, ownerDocumentOf, queryAll, queryFirst } from './query';
import { fail, ok, type BrandHint, type Result, type SiteAdapter } from './types';

export const selectors = {
  /** Legacy post; `urn:li:aggregate:(…)` packs several ids. seen 2026-11 (feed); detail pages left it 2026-05. */
  legacyPost: [
    'div[data-urn^="urn:li:activity:"]',
    'div[data-urn^="urn:li:ugcPost:"]',
    'div[data-urn^="urn:li:aggregate:"]',
    'div[data-id^="urn:li:activity:"]', // pre-2026-05 detail pages (lhremote); drop when no longer seen
  ],
  /** Post author; the aria-hidden copy is the visible one. seen 2026-11. */
  legacyActorName: ['.update-components-actor__name span[aria-hidden="true"]', '.update-components-actor__name'],
  /** Author profile (/in/ or /company/), for isBrand. seen 2026-11. */
  legacyActorLink: ['a.update-components-actor__meta-link', 'a.update-components-actor__image', 'a[href*="/in/"]'],
  /** Post text. seen 2026-11. */
  legacyText: ['.update-components-text span[dir="ltr"]', '.update-components-text'],
  /** Comment articles; a reply is an article inside `.comments-replies-list` of its parent. seen 2026-11. */
  legacyComment: ['article.comments-comment-entity[data-id^="urn:li:comment:"]'],
  /** Comment header: name, profile link, text. seen 2026-11. */
  legacyCommentName: ['.comments-comment-meta__description-title'],
  legacyCommentLink: ['a.comments-comment-meta__description-container'],
  legacyCommentText: ['.comments-comment-item__main-content span[dir="ltr"]', '.comments-comment-item__main-content'],
  /** "Author": the commenter wrote the post. seen 2026-11. */
  legacyBadge: ['.comments-comment-meta__badge'],
  /** SDUI post: a feed item, or the detail body (its comment list is a sibling). seen 2026-11. */
  sduiPost: [
    '[data-view-name="feed-full-update"]',
    '[componentkey^="expanded"][componentkey$="FeedType_FEED_DETAIL"]',
    '[data-testid="mainFeed"] [role="listitem"]',
  ],
  /** Post author image link; its sibling `a` holds name, headline and time `p`s. seen 2026-11. */
  sduiActorImage: ['a[data-view-name="feed-actor-image"]'],
  /** The detail-page body, whose comment list is its sibling (moved to SDUI 2026-05, lhremote). seen 2026-11. */
  sduiDetailBody: ['[componentkey^="expanded"][componentkey$="FeedType_FEED_DETAIL"]'],
  /** Post text. seen 2026-11. */
  sduiCommentary: ['[data-view-name="feed-commentary"]', '[data-testid="expandable-text-box"]'],
  /** One per comment or reply (trusthuman extract-post-comments.ts). seen 2026-11. */
  sduiCommentActor: ['a[data-view-name="comment-actor-picture"]', 'a[data-view-name="reply-actor-picture"]'],
  /** Name, optional "Author", headline `p`s. seen 2026-11. */
  sduiCommentDescription: [
    'a[data-view-name="comment-actor-description"]',
    'a[data-view-name="reply-actor-description"]',
  ],
  /** Comment text. seen 2026-11. */
  sduiCommentText: ['[data-testid="expandable-text-box"]'],
  /** JSON whose breadcrumb.content.data bytes hold updateUrn / commentUrn. seen 2026-11. */
  trackingScope: ['[data-view-tracking-scope]'],
  /** Detail-page comment wrappers in the LazyColumn: three nested elements share one key (parsed by commentUrnOf). seen 2026-11. */
  replaceableComment: ['[componentkey^="replaceableComment_"]'],
  /** Reply controls: legacy "Reply to X’s comment", SDUI a plain "Reply" button. seen 2026-11. */
  replyButton: [
    'button.comments-comment-social-bar__reply-action-button--cr',
    'button[aria-label^="Reply to "]',
    'button[data-view-name="comment-reply-button"]',
    'button',
  ],
  /** The post's own comment button. seen 2026-11. */
  commentButton: [
    'button[data-view-name="feed-comment-button"]',
    'button.comment-button',
    'button[aria-label="Comment"]',
  ],
  /** Both stacks (lhremote COMMENT_INPUT), then Quill 1 (legacy) and TipTap (SDUI). seen 2026-11. */
  composer: [
    '[role="textbox"][aria-label^="Text editor for creating"]',
    '.ql-container > .ql-editor[contenteditable="true"]',
    '[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable="true"]',
  ],
} as const satisfies Record<string, readonly string[]>;

const AUTHOR_BADGE = /^(author|auteur)$/i;
const ACTIVITY_IN_PATH = [
  /\/feed\/update\/urn:li:(?:activity|ugcPost|share):(\d+)/,
  /\/posts\/[^/]*-(?:activity|ugcPost|share)-(\d+)/,
];
const COMMENT_URN = /^urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d+),(\d+)\)$/;

export function isLinkedInThreadPage(url: URL): boolean {
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return false;
  return activityIdFromUrl(url) !== undefined || url.searchParams.has('commentUrn');
}

export function activityIdFromUrl(url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname);
  for (const pattern of ACTIVITY_IN_PATH) {
    const id = pattern.exec(path)?.[1];
    if (id) return id;
  }
  return undefined;
}

/** One spelling for comment URNs: legacy `(activity:P,C)` gains the inner `urn:li:` of SDUI. */
export function normalizeCommentUrn(urn: string): string | undefined {
  const match = COMMENT_URN.exec(urn.trim());
  return match ? `urn:li:comment:(urn:li:${match[1]}:${match[2]},${match[3]})` : undefined;
}

/** updateUrn / commentUrn from a `data-view-tracking-scope` attribute (trusthuman parse-tracking-scope.ts). */
export function decodeTrackingScope(attribute: string): { updateUrn?: string; commentUrn?: string } {
  const found: { updateUrn?: string; commentUrn?: string } = {};
  let entries: unknown;
  try {
    entries = JSON.parse(attribute);
  } catch {
    return found;
  }
  for (const entry of Array.isArray(entries) ? entries : [entries]) {
    const data = (entry as { breadcrumb?: { content?: { data?: unknown } } } | null)?.breadcrumb?.content?.data;
    if (!Array.isArray(data) || !data.every((byte) => typeof byte === 'number')) continue;
    const text = String.fromCharCode(...(data as number[]));
    found.updateUrn ??= /"updateUrn"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    found.commentUrn ??= /"commentUrn"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  }
  if (found.updateUrn === undefined) delete found.updateUrn;
  if (found.commentUrn === undefined) delete found.commentUrn;
  return found;
}

/** Post and comment ids are 64-bit snowflakes whose top 41 bits are ms (linkedin-timestamp-extractor). */
function timeFromId(id: string): string | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 22n);
  if (ms < Date.UTC(2003, 4, 5) || ms > Date.UTC(2100, 0, 1)) return undefined;
  return new Date(ms).toISOString();
}

function readThread(root: ParentNode, url: URL, brand?: BrandHint): Result<Thread> {
  const activityId = activityIdFromUrl(url);
  const legacy = pickPost(queryAll(root, selectors.legacyPost), activityId, root, legacyUrnOf);
  const read = legacy.post
    ? readLegacy(legacy.post, activityId, brand)
    : (() => {
        const sdui = pickPost(queryAll(root, selectors.sduiPost), activityId, root, sduiUrnOf);
        if (sdui.post) return readSdui(sdui.post, activityId, brand);
        return fail<Post[]>(
          sdui.reason ?? legacy.reason ?? 'No LinkedIn post found: LinkedIn may have changed its page.',
        );
      })();
  if (!read.ok) return read;
  const posts = read.value;
  const targetParam = url.searchParams.get('replyUrn') ?? url.searchParams.get('commentUrn');
  const target = targetParam ? normalizeCommentUrn(targetParam) : undefined;
  return ok({
    version: 1,
    platform: 'linkedin',
    url: url.href,
    posts,
    ...(target !== undefined && posts.some((post) => post.id === target) ? { targetId: target } : {}),
  });
}

/** The post the address names; else the only one; else the one holding focus; else a failure. */
function pickPost(
  candidates: Element[],
  activityId: string | undefined,
  root: ParentNode,
  urnOf: (post: Element) => string | undefined,
): { post?: Element; reason?: string } {
  const posts = candidates.filter(
    (candidate) => !candidates.some((other) => other !== candidate && other.contains(candidate)),
  );
  if (posts.length === 0) return {};
  if (activityId) {
    const named = posts.find((post) => new RegExp(`:${activityId}(?!\\d)`).test(urnOf(post) ?? ''));
    if (named) return { post: named };
  }
  if (posts.length === 1) return { post: posts[0] };
  const active = ownerDocumentOf(root)?.activeElement;
  const focused = active ? posts.find((post) => post.contains(active)) : undefined;
  if (focused) return { post: focused };
  return { reason: 'Several posts on this page: open the post (click its time) to read one thread.' };
}

function legacyUrnOf(post: Element): string | undefined {
  return post.getAttribute('data-urn') ?? post.getAttribute('data-id') ?? undefined;
}

function sduiUrnOf(post: Element): string | undefined {
  for (const element of [post, ...queryAll(post, selectors.trackingScope)]) {
    const urn = decodeTrackingScope(element.getAttribute('data-view-tracking-scope') ?? '').updateUrn;
    if (urn) return urn;
  }
  return /^expanded(urn:li:[A-Za-z]+:\d+)/.exec(post.getAttribute('componentkey') ?? '')?.[1];
}

function postIdFrom(urn: string | undefined, activityId: string | undefined): string {
  const own = urn ? /^urn:li:(activity|ugcPost|share):(\d+)$/.exec(urn) : null;
  if (own) return urn as string;
  if (activityId) return `urn:li:activity:${activityId}`;
  const packed = urn ? /urn:li:(?:activity|ugcPost|share):\d+/.exec(urn)?.[0] : undefined;
  return packed ?? 'post';
}

function numericTail(urn: string): string {
  return /(\d+)\)?$/.exec(urn)?.[1] ?? '';
}

function readLegacy(postRoot: Element, activityId: string | undefined, brand?: BrandHint): Result<Post[]> {
  const comments = queryAll(postRoot, selectors.legacyComment);
  const outside = (element: Element) => !comments.some((comment) => comment.contains(element));
  const nameBox = queryAll(postRoot, selectors.legacyActorName).find(outside);
  if (!nameBox) return fail('No post author found: LinkedIn may have changed its page.');
  const author = visibleText(nameBox);
  const actorLink = queryAll(postRoot, selectors.legacyActorLink).find(outside);
  const body = queryAll(postRoot, selectors.legacyText).find(outside);
  const postId = postIdFrom(legacyUrnOf(postRoot), activityId);
  const post = withTime(
    {
      id: postId,
      author,
      isBrand: isBrand(author, actorLink?.getAttribute('href'), brand),
      text: body ? visibleText(body, { blocks: true }) : '',
    },
    numericTail(postId),
  );
  const posts: Post[] = [post];
  const seen = new Set<string>([postId]);
  for (const comment of comments) {
    const rawUrn = comment.getAttribute('data-id') ?? '';
    const id = normalizeCommentUrn(rawUrn) ?? rawUrn;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const own = (list: readonly string[]) =>
      queryAll(comment, list).find(
        (element) => element.parentElement?.closest('article.comments-comment-entity') === comment,
      );
    const name = own(selectors.legacyCommentName);
    const author = name ? visibleText(name) : '';
    const badge = own(selectors.legacyBadge);
    const text = own(selectors.legacyCommentText);
    const parent = comment.parentElement?.closest('article.comments-comment-entity');
    const parentUrn = parent ? normalizeCommentUrn(parent.getAttribute('data-id') ?? '') : undefined;
    posts.push(
      withTime(
        {
          id,
          author,
          isBrand:
            isBrand(author, own(selectors.legacyCommentLink)?.getAttribute('href'), brand) ||
            (post.isBrand && badge !== undefined && AUTHOR_BADGE.test(visibleText(badge))),
          text: text ? visibleText(text, { blocks: true }) : '',
          parentId: parentUrn ?? postId,
        },
        numericTail(id),
      ),
    );
  }
  return ok(posts);
}

function readSdui(postRoot: Element, activityId: string | undefined, brand?: BrandHint): Result<Post[]> {
  const actorImage = queryFirst(postRoot, selectors.sduiActorImage);
  if (!actorImage) return fail('No post author found: LinkedIn may have changed its page.');
  // The name link is the actor image's sibling `a`; its first `p` is the name.
  let nameLink = actorImage.nextElementSibling;
  while (nameLink && nameLink.tagName !== 'A') nameLink = nameLink.nextElementSibling;
  const nameParagraph = nameLink?.querySelector('p');
  const author = nameParagraph
    ? visibleText(nameParagraph)
    : (actorImage.querySelector('img')?.getAttribute('alt') ?? '');
  // Detail pages keep the comment list beside the post body; feed items hold their comments.
  const detailBody = closestOf(postRoot, selectors.sduiDetailBody);
  const scope =
    queryFirst(postRoot, selectors.sduiCommentActor) || !detailBody ? postRoot : (detailBody.parentElement ?? postRoot);
  const actors = [...selectors.sduiCommentActor].flatMap((selector) => Array.from(scope.querySelectorAll(selector)));
  actors.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const containers = actors.map(commentContainerOf);
  const inComment = (element: Element) => containers.some((container) => container?.contains(element));
  const body = queryAll(postRoot, selectors.sduiCommentary).find((element) => !inComment(element));
  const postId = postIdFrom(sduiUrnOf(postRoot), activityId);
  const post = withTime(
    {
      id: postId,
      author,
      isBrand: isBrand(author, actorImage.getAttribute('href'), brand),
      text: body ? visibleText(body, { blocks: true }) : '',
    },
    numericTail(postId),
  );
  const posts: Post[] = [post];
  const seen = new Set<string>([postId]);
  let lastTopLevel: string | undefined;
  actors.forEach((actor, index) => {
    const container = containers[index];
    const urn = container ? commentUrnOf(container) : undefined;
    if (!container || !urn || seen.has(urn)) return;
    seen.add(urn);
    const own = (list: readonly string[]) =>
      queryAll(container, list).find((element) => {
        const owner = commentContainerOf(element);
        return owner !== undefined && commentUrnOf(owner) === urn;
      });
    const description = own(selectors.sduiCommentDescription);
    const lines = description ? Array.from(description.querySelectorAll('p')).map((p) => visibleText(p)) : [];
    const author = lines[0] ?? '';
    const hasBadge = lines.slice(1).some((line) => AUTHOR_BADGE.test(line));
    const text = own(selectors.sduiCommentText);
    const isReply = actor.getAttribute('data-view-name') === 'reply-actor-picture';
    const enclosing = container.parentElement ? commentContainerOf(container.parentElement) : undefined;
    const enclosingUrn = enclosing ? commentUrnOf(enclosing) : undefined;
    const parentId = enclosingUrn && enclosingUrn !== urn ? enclosingUrn : isReply ? (lastTopLevel ?? postId) : postId;
    if (!isReply && parentId === postId) lastTopLevel = urn;
    posts.push(
      withTime(
        {
          id: urn,
          author,
          isBrand: isBrand(author, description?.getAttribute('href'), brand) || (post.isBrand && hasBadge),
          text: text ? visibleText(text, { blocks: true }) : '',
          parentId,
        },
        numericTail(urn),
      ),
    );
  });
  return ok(posts);
}

/** The nearest element that names a comment: a tracking scope with a commentUrn, or a replaceableComment key. */
function commentContainerOf(element: Element): Element | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (commentUrnOf(node)) return node;
  }
  return undefined;
}

function commentUrnOf(element: Element): string | undefined {
  const scope = element.getAttribute('data-view-tracking-scope');
  const fromScope = scope ? decodeTrackingScope(scope).commentUrn : undefined;
  const key = element.getAttribute('componentkey') ?? '';
  const fromKey = key.startsWith('replaceableComment_') ? key.slice('replaceableComment_'.length) : undefined;
  const raw = fromScope ?? fromKey;
  return raw ? normalizeCommentUrn(raw) : undefined;
}

function withTime(post: Post, id: string): Post {
  const time = timeFromId(id);
  return time ? { ...post, time } : post;
}

/** contracts.md: a company page by name, or the /company/<slug> or /in/<slug> of the profile link. */
function isBrand(author: string, href: string | null | undefined, brand?: BrandHint): boolean {
  if (!brand) return false;
  if (isBrandAuthor({ author }, brand)) return true;
  const slug = href ? /\/(?:company|in|showcase)\/([^/?#]+)/.exec(href)?.[1]?.toLowerCase() : undefined;
  return slug !== undefined && brand.handles.some((handle) => normalizeHandle(handle) === slug);
}

const REPLY_LABEL = /^(reply|reageren|beantwoorden)$/i;

/** A comment's reply control gives that comment's URN; the post's comment button gives the post. */
function replyTargetOf(element: Element, url: URL): string | undefined {
  const commentButton = closestOf(element, selectors.commentButton);
  if (commentButton) {
    const post = closestOf(commentButton, [...selectors.legacyPost, ...selectors.sduiPost]);
    const urn = post ? (legacyUrnOf(post) ?? sduiUrnOf(post)) : undefined;
    return post ? postIdFrom(urn, activityIdFromUrl(url)) : undefined;
  }
  const control = closestOf(element, selectors.replyButton);
  if (!control) return undefined;
  // The last fallback is any button, so it must also read "Reply"/"Reageren" (SDUI's only sign).
  const isReply = matchesAny(control, selectors.replyButton.slice(0, -1)) || REPLY_LABEL.test(visibleText(control));
  if (!isReply) return undefined;
  const legacy = control.closest('article.comments-comment-entity');
  if (legacy) return normalizeCommentUrn(legacy.getAttribute('data-id') ?? '');
  const container = commentContainerOf(control);
  return container ? commentUrnOf(container) : undefined;
}

function findComposer(root: ParentNode): HTMLElement | null {
  const boxes = selectors.composer.flatMap((selector) => Array.from(root.querySelectorAll(selector)));
  const active = ownerDocumentOf(root)?.activeElement;
  const focused = active ? boxes.find((box) => box === active || box.contains(active)) : undefined;
  return ((focused ?? boxes[0]) as HTMLElement | undefined) ?? null;
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  matches: ['*://www.linkedin.com/*'],
  selectors,
  isThreadPage: isLinkedInThreadPage,
  readThread: (root, url, brand) => guard('LinkedIn', () => readThread(root, url, brand)),
  findComposer: neverThrows(findComposer, null),
  replyTargetOf: neverThrows(replyTargetOf, undefined),
};

export default linkedinAdapter;
