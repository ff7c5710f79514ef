/**
 * Was a reply the extension inserted actually posted? Pure, over two snapshots of the thread (before and after a
 * page change) and the composer's text now. The sidebar keeps the text it inserted and the snapshot from the
 * moment of insertion; on each thread update it calls this, and logs the item (source "posted") on a match.
 *
 * Posted = the composer is empty again AND a brand post that was not in the earlier snapshot now appears whose
 * text is the inserted text, allowing the agent's edits (token overlap ≥ 0.6 of the inserted text) and the site's
 * rendering (links shortened, whitespace, a trailing "…").
 */

export interface SnapshotPost {
  id: string;
  text: string;
  isBrand: boolean;
  time?: string | undefined;
}

export interface PostedCheck {
  /** Thread posts when the reply was inserted. */
  before: readonly SnapshotPost[];
  /** Thread posts now. */
  after: readonly SnapshotPost[];
  /** The composer's text now ('' or only whitespace when it was sent). */
  composerText: string;
  /** The text the extension put into the composer. */
  insertedText: string;
}

export type PostedResult =
  | { posted: true; postId: string; similarity: number; time?: string }
  | { posted: false; reason: 'composer-not-empty' | 'no-new-brand-post' | 'text-differs' | 'nothing-inserted' };

/** Minimum share of the inserted text's words that must appear in the new brand post. */
export const postedSimilarityThreshold = 0.6;

export function detectPostedReply(check: PostedCheck): PostedResult {
  const inserted = words(check.insertedText);
  if (inserted.length === 0) return { posted: false, reason: 'nothing-inserted' };
  if (check.composerText.trim() !== '') return { posted: false, reason: 'composer-not-empty' };
  const earlier = new Set(check.before.map((post) => post.id));
  const fresh = check.after.filter((post) => post.isBrand && !earlier.has(post.id));
  if (fresh.length === 0) return { posted: false, reason: 'no-new-brand-post' };
  let best: { post: SnapshotPost; similarity: number } | undefined;
  for (const post of fresh) {
    const similarity = overlap(inserted, words(post.text));
    if (!best || similarity > best.similarity) best = { post, similarity };
  }
  if (!best || best.similarity < postedSimilarityThreshold) return { posted: false, reason: 'text-differs' };
  return {
    posted: true,
    postId: best.post.id,
    similarity: best.similarity,
    ...(best.post.time ? { time: best.post.time } : {}),
  };
}

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      // Sites shorten links (x.com shows "example.com/pa…"): compare links by host only.
      .replace(/https?:\/\/([^/\s]+)\S*/g, '$1')
      .replace(/(\S+\.\w{2,})\/\S*/g, '$1')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Share of the inserted words (as a multiset) found in the posted text. */
function overlap(inserted: readonly string[], posted: readonly string[]): number {
  const available = new Map<string, number>();
  for (const word of posted) available.set(word, (available.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of inserted) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found++;
      available.set(word, left - 1);
    }
  }
  return found / inserted.length;
}
