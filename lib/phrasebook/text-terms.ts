/**
 * Text → search terms for the phrasebook ranking: lower case, accents folded, stop phrases and stop words dropped,
 * Snowball stems (Dutch or English), and synonyms read as their group's first word so "vertraagd" finds
 * "vertraging". Each term keeps its own stem too, so a ranking can weigh the exact word above a synonym.
 * Compound words ("treinvertraging") can be split against a vocabulary the caller knows (compoundParts).
 * Word lists are data (data/*.json), checked by zod when first used.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { z } from 'zod';
import synonymData from './data/synonyms.json' with { type: 'json' };
import variantData from './data/synonyms.variants.json' with { type: 'json' };
import stopwordData from './data/stopwords.json' with { type: 'json' };
import stopPhraseData from './data/stopwords.phrases.json' with { type: 'json' };
import { synonymListSchema } from './schema';

export type TermLanguage = 'nl' | 'en';

export interface Term {
  /** Stemmed, synonym-folded term. */
  term: string;
  /** The stem before synonym folding: equal to `term` unless the word is in a synonym group. */
  stem: string;
  /** Whether the word belongs to a synonym group (then `term` names the group). */
  grouped: boolean;
  /** The word as written (lower case), for "matches: …". */
  word: string;
}

const stopwordSchema = z.strictObject({ nl: z.array(z.string()), en: z.array(z.string()) });
const stopPhraseSchema = z.strictObject({
  nl: z.array(z.string().regex(/\s/)),
  en: z.array(z.string().regex(/\s/)),
});

interface LanguageTools {
  stemmer: Stemmer;
  stems: Map<string, string>;
  /** Stem of a word form the stemmer misses ("vertraagd") → stem of its base form ("vertraging"). */
  variants: Map<string, string>;
  stopwords: Set<string>;
  canonical: Map<string, string>;
  /** Idioms whose words mislead ("no idea" is no suggestion), removed before the words are read. */
  stopPhrases: RegExp | undefined;
}

let tools: Record<TermLanguage, LanguageTools> | undefined;

// Built on first use, not at import: lib/ has no top-level side effects (style.md §1).
function languageTools(): Record<TermLanguage, LanguageTools> {
  if (tools) return tools;
  const synonyms = synonymListSchema.parse(synonymData);
  const variants = synonymListSchema.parse(variantData);
  const stopwords = stopwordSchema.parse(stopwordData);
  const stopPhrases = stopPhraseSchema.parse(stopPhraseData);
  const build = (language: TermLanguage, snowballName: string): LanguageTools => {
    const phrases = stopPhrases[language].map((phrase) =>
      fold(phrase)
        .trim()
        .split(/\s+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    );
    const own: LanguageTools = {
      stemmer: newStemmer(snowballName),
      stems: new Map(),
      variants: new Map(),
      stopwords: new Set(stopwords[language].map(fold)),
      canonical: new Map(),
      stopPhrases:
        phrases.length > 0
          ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
          : undefined,
    };
    // Word forms first: a synonym group then reads every form of its words.
    for (const group of variants[language]) {
      const base = stemWord(own, fold(group[0] ?? ''));
      for (const word of group) {
        const stem = stemWord(own, fold(word));
        if (stem !== base && !own.variants.has(stem)) own.variants.set(stem, base);
      }
    }
    own.stems.clear(); // memoised before the variants were known
    for (const group of synonyms[language]) {
      const head = stemWord(own, fold(group[0] ?? ''));
      for (const word of group) {
        const stem = stemWord(own, fold(word));
        if (!own.canonical.has(stem)) own.canonical.set(stem, head);
      }
    }
    return own;
  };
  tools = { nl: build('nl', 'dutch'), en: build('en', 'english') };
  return tools;
}

function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

function stemWord(own: LanguageTools, word: string): string {
  let stem = own.stems.get(word);
  if (stem === undefined) {
    stem = own.stemmer.stem(word);
    stem = own.variants.get(stem) ?? stem;
    // Bounded memo: a 10 MB import must not keep every word it ever saw.
    if (own.stems.size > 50_000) own.stems.clear();
    own.stems.set(word, stem);
  }
  return stem;
}

// A clitic after an apostrophe ("we'll", "don't", "zo'n") is dropped: the word before it carries the meaning.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The search terms of `text` in `language`, in order (repeats kept: they are term frequencies). */
export function textTerms(text: string, language: TermLanguage): Term[] {
  const own = languageTools()[language];
  const terms: Term[] = [];
  // Folding keeps every character's position for the plain texts met here; the written word is taken from it.
  const folded = fold(text);
  const readable = own.stopPhrases && folded.length === text.length ? folded.replace(own.stopPhrases, blank) : folded;
  for (const match of readable.matchAll(WORD)) {
    const word = match[0].replace(/['’].*$/, '');
    if (word.length < 2 || own.stopwords.has(word)) continue;
    // Numbers (prices, order numbers) differ per message and only add noise.
    if (/^\d+$/.test(word)) continue;
    const stem = stemWord(own, word);
    const written = folded.length === text.length ? text.slice(match.index, match.index + match[0].length) : match[0];
    terms.push(termOf(own, stem, written.toLowerCase()));
  }
  return terms;
}

function termOf(own: LanguageTools, stem: string, word: string): Term {
  const group = own.canonical.get(stem);
  return { term: group ?? stem, stem, grouped: group !== undefined, word };
}

function blank(phrase: string): string {
  return ' '.repeat(phrase.length);
}

/** Shortest part a compound is split into: "bus", "app", "sms" carry meaning, two letters rarely do. */
const MIN_PART = 3;
/** The other part must be longer: two short parts are more often a word of its own ("misging") than a compound. */
const MIN_OTHER_PART = 5;
/** Dutch joins compound parts with a linking s or e(n): vertraging-s-compensatie, klant-en-service. */
const LINKS = ['', 's', 'e', 'en'];

/**
 * The parts of a compound word whose stems `known` recognises, as terms: "treinvertraging" → trein, vertraging.
 * Both parts must be known, so a prefix verb ("verwachten") is never read as its tail ("wachten"). Of all
 * splits, the one with the longest known last part wins: the last part carries the meaning. Empty when no split
 * is known.
 */
export function compoundParts(word: string, language: TermLanguage, known: (term: Term) => boolean): Term[] {
  const own = languageTools()[language];
  const folded = fold(word).replace(/['’].*$/, '');
  if (folded.length < MIN_PART * 2 || !/^\p{L}+$/u.test(folded)) return [];
  for (let cut = MIN_PART; cut <= folded.length - MIN_PART; cut++) {
    const tail = folded.slice(cut);
    if (own.stopwords.has(tail) || (tail.length < MIN_OTHER_PART && cut < MIN_OTHER_PART)) continue;
    const tailTerm = termOf(own, stemWord(own, tail), tail);
    if (!known(tailTerm)) continue;
    const head = folded.slice(0, cut);
    for (const link of LINKS) {
      if (!head.endsWith(link)) continue;
      const bare = head.slice(0, head.length - link.length);
      if (bare.length < MIN_PART || own.stopwords.has(bare)) continue;
      if (bare.length < MIN_OTHER_PART && tail.length < MIN_OTHER_PART) continue;
      const headTerm = termOf(own, stemWord(own, bare), bare);
      if (known(headTerm)) return [headTerm, tailTerm];
    }
  }
  return [];
}
