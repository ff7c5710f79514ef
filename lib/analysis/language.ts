// PLACEHOLDER (owned by the analysis work, issue 3): replaced by the real detector.
import type { Language } from './types';

const NL = new Set([
  'de',
  'het',
  'een',
  'en',
  'is',
  'niet',
  'ik',
  'je',
  'jullie',
  'weer',
  'van',
  'op',
  'met',
  'wat',
  'dat',
]);
const EN = new Set(['the', 'a', 'is', 'not', 'i', 'you', 'again', 'of', 'on', 'with', 'what', 'that', 'and', 'my']);

export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const nl = words.filter((w) => NL.has(w)).length;
  const en = words.filter((w) => EN.has(w)).length;
  if (nl === en) return 'other';
  return nl > en ? 'nl' : 'en';
}
