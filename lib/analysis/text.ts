/** Text normalising and tokens shared by the language guess, the lexicons and the sarcasm/category features. */

/** Long inputs are cut for n-grams: the first part of a message carries its tone, and time stays bounded. */
export const maxFeatureChars = 1200;

const urlPattern = /https?:\/\/\S+|www\.\S+|<url>/giu;
const mentionPattern = /@[\p{L}\p{N}_]+/gu;

/** Lowercase, links → "url", mentions → "@user", digits → "0": the words that matter, not the ids. */
export function normalizeText(text: string): string {
  return text
    .slice(0, maxFeatureChars * 2)
    .toLowerCase()
    .replace(urlPattern, ' url ')
    .replace(mentionPattern, ' @user ')
    .replace(/\p{N}+/gu, '0')
    .replace(/[’‘`´]/gu, "'");
}

const tokenPattern = /[#@]?[\p{L}\p{N}]+(?:'[\p{L}]+)*|\p{Extended_Pictographic}/gu;

/** Words, hashtags and single emoji, in order. Expects normalized text. */
export function tokenize(normalized: string): string[] {
  return normalized.match(tokenPattern) ?? [];
}

/** Letters repeated three or more times ("sooo", "heeeel") shrink to two, so they hit the lexicons. */
export function squeezeElongation(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** 32-bit FNV-1a: the same bucket in training (Node) and in the browser. */
export function hashString(text: string): number {
  return hashContinue(0x811c9dc5, text, 0, text.length);
}

/**
 * FNV-1a of text[start, end) continued from `state` (a hashString result): hashContinue(hashString(prefix), text,
 * i, j) === hashString(prefix + text.slice(i, j)), without building the string — character n-grams hash many
 * overlapping windows.
 */
export function hashContinue(state: number, text: string, start: number, end: number): number {
  let hash = state;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
