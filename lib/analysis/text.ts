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
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
