/**
 * The draft, tokenised once per check and shared by every rule: words with their UTF-16 offsets, a normalised form
 * (lower case, no accents, straight apostrophe) and Snowball stems for Dutch and English, so word lists match
 * "ontevreden"/"ontevredenheid" or "apologise"/"apologies" without listing every form.
 */
import * as snowball from 'snowball-stemmers';

export interface Token {
  /** As written. */
  raw: string;
  /** Lower case, accents removed, ’ → '. */
  norm: string;
  stemNl: string;
  stemEn: string;
  /** "nl:"+stemNl and "en:"+stemEn, the keys the phrase index uses (built once, not per list). */
  keyNl: string;
  keyEn: string;
  /** UTF-16 offsets into the draft. */
  start: number;
  end: number;
  /** Sentence number: phrases never match across a sentence end. */
  sentence: number;
}

export interface Sentence {
  /** UTF-16 offsets of the first and last word. */
  start: number;
  end: number;
  /** Ends with a question mark. */
  question: boolean;
}

export interface DraftText {
  raw: string;
  tokens: readonly Token[];
  /** Indexed by `Token.sentence`. */
  sentences: readonly Sentence[];
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function readDraftText(raw: string): DraftText {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const match of raw.matchAll(wordPattern)) {
    const start = match.index;
    if (hasSentenceEnd(raw, previousEnd, start)) sentence++;
    const norm = normalizeWord(match[0]);
    const stemNl = stem(norm, 'nl');
    const stemEn = stem(norm, 'en');
    tokens.push({
      raw: match[0],
      norm,
      stemNl,
      stemEn,
      keyNl: 'nl:' + stemNl,
      keyEn: 'en:' + stemEn,
      start,
      end: start + match[0].length,
      sentence,
    });
    previousEnd = start + match[0].length;
  }
  return { raw, tokens, sentences: readSentences(raw, tokens) };
}

function hasSentenceEnd(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    // . ! ? and newline
    if (code === 46 || code === 33 || code === 63 || code === 10) return true;
  }
  return false;
}

function readSentences(raw: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const current = sentences[token.sentence];
    if (current) current.end = token.end;
    else sentences[token.sentence] = { start: token.start, end: token.end, question: false };
    if (!next || next.sentence !== token.sentence) {
      const after = raw.slice(token.end, next ? next.start : raw.length);
      const sentence = sentences[token.sentence];
      if (sentence) sentence.question = after.includes('?');
    }
  });
  // A sentence number with no words cannot happen (numbers only grow at a word), but keep the array dense.
  for (let i = 0; i < sentences.length; i++) sentences[i] ??= { start: 0, end: 0, question: false };
  return sentences;
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
}

/** Normalised words of any text, for comparing whole texts (templates, earlier replies). */
export function normalizedWords(text: string): string[] {
  return [...text.matchAll(wordPattern)].map((match) => normalizeWord(match[0]));
}

const stemmers = { nl: snowball.newStemmer('dutch'), en: snowball.newStemmer('english') };
// Stemming is the costly step of a check; agents type the same words all day, so results are kept (bounded).
const stemCache = { nl: new Map<string, string>(), en: new Map<string, string>() };
const stemCacheLimit = 20_000;

export function stem(norm: string, language: 'nl' | 'en'): string {
  const cache = stemCache[language];
  const known = cache.get(norm);
  if (known !== undefined) return known;
  // British -ise and American -ize share one stem ("apologise"/"apologize").
  const word = language === 'en' ? norm.replace(/is(e|es|ed|ing)$/, 'iz$1') : norm;
  const result = stemmers[language].stem(word);
  if (cache.size >= stemCacheLimit) cache.clear();
  cache.set(norm, result);
  return result;
}

const dutchWords = new Set([
  'de',
  'het',
  'een',
  'en',
  'is',
  'niet',
  'ik',
  'je',
  'jij',
  'u',
  'uw',
  'we',
  'wij',
  'dat',
  'van',
  'op',
  'met',
  'voor',
  'er',
  'ons',
  'jullie',
  'kan',
  'kunt',
  'wat',
  'dan',
  'ook',
  'nog',
  'hoi',
  'naar',
  'bij',
  'maar',
  'zijn',
]);
const englishWords = new Set([
  'the',
  'a',
  'an',
  'and',
  'is',
  'not',
  'i',
  'you',
  'your',
  'we',
  'our',
  'us',
  'that',
  'of',
  'on',
  'with',
  'for',
  'to',
  'it',
  'can',
  'what',
  'then',
  'also',
  'hi',
  'hey',
  'at',
  'but',
  'are',
  'be',
  'will',
  'this',
]);

/** The draft's own language from common function words; 'other' when it cannot be told (short or mixed). */
export function guessLanguage(text: DraftText): 'nl' | 'en' | 'other' {
  let nl = 0;
  let en = 0;
  for (const token of text.tokens) {
    if (dutchWords.has(token.norm)) nl++;
    if (englishWords.has(token.norm)) en++;
  }
  if (nl === en) return 'other';
  return nl > en ? 'nl' : 'en';
}
