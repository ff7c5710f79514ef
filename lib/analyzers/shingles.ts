/**
 * Near-duplicate texts: Jaccard overlap of word 3-grams (shingles) after normalising, so a template with only the
 * name or an order number changed still counts as "the same text".
 */
import { normalizedWords } from './draft-text';

export function shingleSet(text: string, size = 3): Set<string> {
  const words = normalizedWords(text);
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
