/**
 * Text → search terms for the phrasebook ranking: lower case, accents folded, stop words dropped, Snowball stems
 * (Dutch or English), and synonyms read as their group's first word so "vertraagd" finds "vertraging".
 * Word lists are data (data/*.json), checked by zod when first used.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { z } from 'zod';
import synonymData from './data/synonyms.json' with { type: 'json' };
import stopwordData from './data/stopwords.json' with { type: 'json' };
import { synonymListSchema } from './schema';

export type TermLanguage = 'nl' | 'en';

export interface Term {
  /** Stemmed, synonym-folded term. */
  term: string;
  /** The word as written (lower case), for "matches: …". */
  word: string;
}

const stopwordSchema = z.strictObject({ nl: z.array(z.string()), en: z.array(z.string()) });

interface LanguageTools {
  stemmer: Stemmer;
  stems: Map<string, string>;
  stopwords: Set<string>;
  canonical: Map<string, string>;
}

let tools: Record<TermLanguage, LanguageTools> | undefined;

// Built on first use, not at import: lib/ has no top-level side effects (style.md §1).
function languageTools(): Record<TermLanguage, LanguageTools> {
  if (tools) return tools;
  const synonyms = synonymListSchema.parse(synonymData);
  const stopwords = stopwordSchema.parse(stopwordData);
  const build = (language: TermLanguage, snowballName: string): LanguageTools => {
    const own: LanguageTools = {
      stemmer: newStemmer(snowballName),
      stems: new Map(),
      stopwords: new Set(stopwords[language].map(fold)),
      canonical: new Map(),
    };
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
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]).replace(/['’].*$/, '');
    if (word.length < 2 || own.stopwords.has(word)) continue;
    // Numbers (prices, order numbers) differ per message and only add noise.
    if (/^\d+$/.test(word)) continue;
    const stem = stemWord(own, word);
    terms.push({ term: own.canonical.get(stem) ?? stem, word: match[0].toLowerCase() });
  }
  return terms;
}
