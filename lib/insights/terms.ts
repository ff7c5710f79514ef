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

// Letters and digits in any script, apostrophes inside words; mentions, links and hashtags marks are dropped first.
const noise = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+/gu;
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().replace(noise, ' ').matchAll(wordPattern)) {
    const word = match[0].replace(/’/g, "'");
    if (word.length < 3 || /^\d+$/.test(word) || stopwords.has(word)) {
      words.push('');
      continue;
    }
    words.push(word);
  }
  return words;
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
