/**
 * Near-duplicate texts: Jaccard overlap of word 3-grams (shingles) after normalising, so a template with only the
 * name or an order number changed still counts as "the same text".
 */
import { normalizedWords } from './draft-text';

export function shingleSet(text: string, size = 3): Set<string> {
  return shinglesOfWords(normalizedWords(text), size);
}

/** From words already normalised (e.g. the draft's tokens), saving a second tokenising pass. */
export function shinglesOfWords(words: readonly string[], size = 3): Set<string> {
  const shingles = new Set<string>();
  if (words.length < size) {
    if (words.length > 0) shingles.add(words.join(' '));
    return shingles;
  }
  for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(' '));
  return shingles;
}

/** 0..1: shared shingles over all shingles. Two empty texts are not similar (0). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}

// Phrasebook texts and logged replies repeat across checks while the agent types: keep their shingles (bounded).
const known = new Map<string, Set<string>>();
const knownLimit = 5_000;

export function cachedShingleSet(text: string): Set<string> {
  const hit = known.get(text);
  if (hit) return hit;
  const shingles = shingleSet(text);
  if (known.size >= knownLimit) known.clear();
  known.set(text, shingles);
  return shingles;
}
