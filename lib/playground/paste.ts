/**
 * A thread pasted as plain text, one "Name: message" line per post, becomes Thread JSON (contracts.md). Trainers copy
 * conversations from anywhere, so the format is forgiving:
 *
 *   Marloes van Dijk (@marloes_vd): Trein weer uitgevallen @SpoorLinq
 *   @SpoorLinq: Balen Marloes! …
 *   SpoorLinq [brand]: …                     ← "[brand]" or "[merk]" marks the brand explicitly
 *   a line without "Name:" continues the previous post
 *
 * The brand is whoever matches the brand given, carries the marker, or — with no brand given — is @-mentioned by
 * another author and posts in the thread.
 */
import type { ParseResult } from '../thread/parse';
import { threadSchema, type Brand, type Platform, type Post, type Thread } from '../thread/schema';
import { isBrandAuthor, normalizeHandle } from '../thread/target';

export interface PasteOptions {
  platform: Platform;
  brand?: Brand;
}

interface DraftPost {
  author: string;
  handle?: string;
  brandMarked: boolean;
  lines: string[];
}

/** "Who: text" — who is at most 60 characters without a colon, and is not a URL scheme or a clock time. */
const postLine = /^\s*([^:\n]{1,60}?)\s*:(?:\s+(.*)|\s*)$/u;
const brandMarker = /\s*\[(?:brand|merk)\]\s*$/iu;
const handleOnly = /^@([\p{L}\p{N}_.]{1,50})$/u;
const nameAndHandle = /^(.+?)\s*\(?\s*@([\p{L}\p{N}_.]{1,50})\s*\)?$/u;
const mention = /(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_]{1,50})/gu;

export function parsePastedThread(text: string, options: PasteOptions): ParseResult<Thread> {
  const drafts: DraftPost[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let pendingBlank = false;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      pendingBlank = drafts.length > 0;
      continue;
    }
    const who = readWho(line);
    if (who) {
      drafts.push({ ...who.author, lines: who.message === '' ? [] : [who.message] });
      pendingBlank = false;
      continue;
    }
    const current = drafts.at(-1);
    if (!current) {
      return {
        ok: false,
        error: `line ${index + 1}: expected "Name: message" to start the first post, got "${line.trim().slice(0, 40)}"`,
      };
    }
    if (pendingBlank && current.lines.length > 0) current.lines.push('');
    current.lines.push(line.trim());
    pendingBlank = false;
  }
  if (drafts.length === 0) return { ok: false, error: 'no posts found: write one "Name: message" line per post' };
  const emptyAt = drafts.findIndex((draft) => draft.lines.join('').trim() === '');
  if (emptyAt >= 0) {
    return { ok: false, error: `post ${emptyAt + 1} (${drafts[emptyAt]?.author ?? ''}) has no message` };
  }

  const brand = options.brand ?? inferBrand(drafts);
  const posts: Post[] = drafts.map((draft, index) => {
    const author = { author: draft.author, ...(draft.handle ? { handle: draft.handle } : {}) };
    return {
      id: `p${index + 1}`,
      ...author,
      isBrand: draft.brandMarked || (brand !== undefined && isBrandAuthor(author, brand)),
      // Paragraphs keep a single "\n" between them (contracts.md "Text").
      text: draft.lines.join('\n').replace(/\n{2,}/g, '\n'),
    };
  });
  const result = threadSchema.safeParse({
    version: 1,
    platform: options.platform,
    ...(brand ? { brand } : {}),
    posts,
  });
  if (!result.success) return { ok: false, error: result.error.issues.map((issue) => issue.message).join('; ') };
  return { ok: true, value: result.data };
}

function readWho(line: string): { author: Omit<DraftPost, 'lines'>; message: string } | undefined {
  const match = postLine.exec(line);
  if (!match) return undefined;
  let who = (match[1] ?? '').trim();
  const message = (match[2] ?? '').trim();
  // "https://…" and "10:30" never match (no space after the colon); long or numeric "names" are text, not authors.
  if (/^\d/.test(who) || who.split(/\s+/).length > 5) return undefined;
  const brandMarked = brandMarker.test(who);
  who = who.replace(brandMarker, '').trim();
  if (who === '') return undefined;
  const onlyHandle = handleOnly.exec(who);
  if (onlyHandle) return { author: { author: onlyHandle[1] ?? who, handle: who, brandMarked }, message };
  const both = nameAndHandle.exec(who);
  if (both?.[1] && both[2]) return { author: { author: both[1].trim(), handle: `@${both[2]}`, brandMarked }, message };
  return { author: { author: who, brandMarked }, message };
}

/** With no brand given: an author marked [brand], else the author whose handle the others @-mention. */
function inferBrand(drafts: readonly DraftPost[]): Brand | undefined {
  const marked = drafts.find((draft) => draft.brandMarked);
  if (marked) return brandOf(marked);
  const mentioned = new Map<string, number>();
  for (const draft of drafts) {
    const own = draft.handle ? normalizeHandle(draft.handle) : undefined;
    for (const match of draft.lines.join('\n').matchAll(mention)) {
      const handle = normalizeHandle(match[1] ?? '');
      if (handle && handle !== own) mentioned.set(handle, (mentioned.get(handle) ?? 0) + 1);
    }
  }
  let best: DraftPost | undefined;
  let bestCount = 0;
  for (const draft of drafts) {
    if (!draft.handle) continue;
    const count = mentioned.get(normalizeHandle(draft.handle)) ?? 0;
    if (count > bestCount) {
      best = draft;
      bestCount = count;
    }
  }
  return best ? brandOf(best) : undefined;
}

function brandOf(draft: DraftPost): Brand {
  return { name: draft.author, handles: draft.handle ? [draft.handle] : [], voice: 'informal' };
}
