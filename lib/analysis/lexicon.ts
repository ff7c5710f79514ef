/**
 * Word lists behind the features: sentiment (VADER English, Pattern Dutch: data/lexicon.json, built by
 * `npm run train`) and the hand-made cue lists (data/cues.json: irony markers, complaint, praise, question,
 * suggestion and "spreading the complaint" phrases). Both are zod-checked when first used.
 */
import { z } from 'zod';
import cueData from './data/cues.json' with { type: 'json' };
import lexiconData from './data/lexicon.json' with { type: 'json' };
import stopwordData from './data/stopwords.json' with { type: 'json' };
import type { Language } from './types';

const byLanguage = z.strictObject({ en: z.array(z.string()), nl: z.array(z.string()) });

export const cueListSchema = z.strictObject({
  version: z.literal(1),
  markers: z.array(z.strictObject({ id: z.string().min(1), label: z.string().min(1), pattern: z.string().min(1) })),
  complaint: byLanguage,
  praise: byLanguage,
  negators: byLanguage,
  question: byLanguage,
  suggestion: byLanguage,
  spreading: byLanguage,
  emoji: z.record(z.string(), z.number().min(-1).max(1)),
});

export const lexiconSchema = z.strictObject({
  version: z.literal(1),
  en: z.record(z.string(), z.number().min(-1).max(1)),
  nl: z.record(z.string(), z.number().min(-1).max(1)),
});

export type PhraseList = 'complaint' | 'praise' | 'question' | 'suggestion' | 'spreading';

export interface Marker {
  id: string;
  label: string;
  pattern: RegExp;
}

export interface Lexicons {
  en: Map<string, number>;
  nl: Map<string, number>;
  emoji: Map<string, number>;
  dutchFunctionWords: Set<string>;
  negators: Set<string>;
  markers: Marker[];
  phrases: Record<PhraseList, { en: RegExp; nl: RegExp }>;
}

/** JavaScript's \b is ASCII-only even with the u flag; this one knows Dutch letters with accents. */
const boundary = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}#])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

function phraseRegExp(phrases: readonly string[]): RegExp {
  const escaped = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

let cached: Lexicons | undefined;

export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const cues = cueListSchema.parse(cueData);
  const lexicon = lexiconSchema.parse(lexiconData);
  const stopwords = z.object({ languages: z.record(z.string(), z.array(z.string())) }).parse(stopwordData);
  const lists = ['complaint', 'praise', 'question', 'suggestion', 'spreading'] as const;
  const phrases = Object.fromEntries(
    lists.map((list) => [list, { en: phraseRegExp(cues[list].en), nl: phraseRegExp(cues[list].nl) }]),
  ) as Lexicons['phrases'];
  cached = {
    en: new Map(Object.entries(lexicon.en)),
    nl: new Map(Object.entries(lexicon.nl)),
    emoji: new Map(Object.entries(cues.emoji)),
    dutchFunctionWords: new Set(stopwords.languages.nl ?? []),
    negators: new Set([...cues.negators.en, ...cues.negators.nl]),
    markers: cues.markers.map((marker) => ({
      id: marker.id,
      label: marker.label,
      pattern: new RegExp(marker.pattern.replaceAll('\\b', boundary), 'iu'),
    })),
    phrases,
  };
  return cached;
}

export interface Sentiment {
  /** Sum of positive word scores (0..). */
  positive: number;
  /** Sum of negative word scores as a positive number (0..). */
  negative: number;
  /** The strongest positive and negative words, for reasons. */
  topPositive?: string;
  topNegative?: string;
}

/** Lexicon sentiment of tokens; a negator up to three words back flips and halves a word's score. */
export function scoreSentiment(tokens: readonly string[], language: Language, lexicons: Lexicons): Sentiment {
  const result: Sentiment = { positive: 0, negative: 0 };
  let bestPositive = 0;
  let bestNegative = 0;
  let negatedUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (lexicons.negators.has(token)) {
      negatedUntil = i + 3;
      continue;
    }
    let score = lexicons.emoji.get(token) ?? wordScore(token, language, lexicons);
    if (score === 0) continue;
    if (i <= negatedUntil && !lexicons.emoji.has(token)) score = -score * 0.5;
    if (score > 0) {
      result.positive += score;
      if (score > bestPositive) {
        bestPositive = score;
        result.topPositive = token;
      }
    } else {
      result.negative -= score;
      if (-score > bestNegative) {
        bestNegative = -score;
        result.topNegative = token;
      }
    }
  }
  return result;
}

function wordScore(token: string, language: Language, lexicons: Lexicons): number {
  if (language === 'en') return lexicons.en.get(token) ?? 0;
  const dutch = lexicons.nl.get(token);
  if (dutch !== undefined) return dutch;
  // English loan words ("fail", "top service") are common in Dutch posts; Dutch function words ("die") are not English.
  if (lexicons.dutchFunctionWords.has(token)) return 0;
  return lexicons.en.get(token) ?? 0;
}

/** Matches of a phrase list in normalized text, in the given language (both for "other"). */
export function findPhrases(normalized: string, list: PhraseList, language: Language, lexicons: Lexicons): string[] {
  const patterns = lexicons.phrases[list];
  const found: string[] = [];
  for (const code of language === 'other' ? (['en', 'nl'] as const) : [language]) {
    const pattern = patterns[code];
    pattern.lastIndex = 0;
    for (const match of normalized.matchAll(pattern)) found.push(match[0]);
  }
  return found;
}

export interface MarkerHit {
  id: string;
  label: string;
  match: string;
}

export function findMarkers(text: string, lexicons: Lexicons): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const marker of lexicons.markers) {
    const match = marker.pattern.exec(text);
    if (match) hits.push({ id: marker.id, label: marker.label, match: match[0] });
  }
  return hits;
}
