/**
 * Recurring words and two-word topics in customers' complaints and questions: candidates for a FAQ. Counted per
 * item (document frequency), not per occurrence, so one long rant does not outweigh ten short questions.
 */
import { z } from 'zod';
import stopwordData from './data/stopwords.json';

const stopwordsSchema = z.strictObject({ en: z.array(z.string()), nl: z.array(z.string()) });
const stopwords = (() => {
  const lists = stopwordsSchema.parse(stopwordData);
  return new Set([...lists.en, ...lists.nl]);
})();

export interface RecurringTerm {
  /** A word, or two words for a topic ("refund request"). */
  term: string;
  /** Items it appears in. */
  count: number;
  /** count ÷ the number of items with text. */
  share: number;
}

export interface TermOptions {
  /** How many terms to return; default 15. */
  limit?: number;
  /** Terms in fewer items are dropped; default 2 (a word said once is not recurring). */
  minCount?: number;
}

/** Letters and digits of any script; general punctuation, symbols and emoji (surrogates) separate words. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return (
    code >= 0xc0 &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    !(code >= 0x2000 && code <= 0x2bff) &&
    !(code >= 0x3000 && code <= 0x303f) &&
    !(code >= 0xd800 && code <= 0xdfff) &&
    !(code >= 0xfe00 && code <= 0xfe0f)
  );
}
const apostrophe = (code: number) => code === 39 || code === 0x2019;

/**
 * Lower-cased words in order; stopwords, short words, numbers, @mentions, #hashtags and links become '' so that
 * pairs never span them. A char-code scanner: about four times faster than a Unicode regex on 100,000 texts.
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  const lower = text.toLowerCase();
  let start = -1;
  let skip = false;
  const flush = (end: number) => {
    if (start < 0) return;
    const raw = skip ? '' : lower.slice(start, end);
    const word = raw.includes('\u2019') ? raw.replace(/\u2019/g, "'") : raw;
    words.push(word.length < 3 || stopwords.has(word) || isDigits(word) ? '' : word);
    start = -1;
  };
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code) || (start >= 0 && apostrophe(code) && isWordChar(lower.charCodeAt(i + 1)))) {
      if (start < 0) {
        start = i;
        const before = i > 0 ? lower.charCodeAt(i - 1) : 32;
        // A mention or hashtag; a link is skipped from its scheme or "www." to the next space.
        skip = skip || before === 64 || before === 35;
      }
      continue;
    }
    if (start >= 0 && (code === 58 || code === 46) && /^(https?|www)$/.test(lower.slice(start, i))) skip = true;
    flush(i);
    if (code === 32 || code === 10 || code === 9) skip = false;
  }
  return words;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Top words and adjacent word pairs across texts; empty strings in the token stream break pairs at stopwords. */
export function recurringTerms(texts: Iterable<string>, options: TermOptions = {}): RecurringTerm[] {
  const counts = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    if (!text) continue;
    documents++;
    const seen = new Set<string>();
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i];
      if (!word) continue;
      seen.add(word);
      const next = tokens[i + 1];
      if (next) seen.add(`${word} ${next}`);
    }
    for (const term of seen) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const minCount = options.minCount ?? 2;
  const ranked = [...counts].filter(([, count]) => count >= minCount);
  // A pair as frequent as its words says more ("ov chipkaart" over "chipkaart"): drop words their pair covers.
  const pairCount = new Map<string, number>();
  for (const [term, count] of ranked) {
    if (!term.includes(' ')) continue;
    for (const word of term.split(' ')) pairCount.set(word, Math.max(pairCount.get(word) ?? 0, count));
  }
  return ranked
    .filter(([term, count]) => term.includes(' ') || (pairCount.get(term) ?? 0) < count * 0.8)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.limit ?? 15)
    .map(([term, count]) => ({ term, count, share: documents ? count / documents : 0 }));
}
