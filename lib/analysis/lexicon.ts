/**
 * Word lists behind the features: sentiment (VADER English, Pattern Dutch: data/lexicon.json, built by
 * `npm run train`) and the hand-made cue lists (data/cues.json: irony markers, complaint, praise, question,
 * suggestion and "spreading the complaint" phrases). Both are zod-checked when first used.
 */
import * as snowball from 'snowball-stemmers';
import { z } from 'zod';
import cueData from './data/cues.json' with { type: 'json' };
import lexiconData from './data/lexicon.json' with { type: 'json' };
import stopwordData from './data/stopwords.json' with { type: 'json' };
import { normalizeText, tokenize } from './text';
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
  resolution: byLanguage,
  brushoff: byLanguage,
  /** What a brand says back to praise ("love to hear", "fijn om te horen", "gefeliciteerd"). */
  welcome: byLanguage,
  emoji: z.record(z.string(), z.number().min(-1).max(1)),
});

export const lexiconSchema = z.strictObject({
  version: z.literal(1),
  /** Where the words come from and under which licence (kept with the data). */
  sources: z.array(z.string()).min(1),
  en: z.record(z.string(), z.number().min(-1).max(1)),
  nl: z.record(z.string(), z.number().min(-1).max(1)),
});

export type PhraseList =
  'complaint' | 'praise' | 'question' | 'suggestion' | 'spreading' | 'resolution' | 'brushoff' | 'welcome';

export interface Marker {
  id: string;
  label: string;
  pattern: RegExp;
}

export interface Lexicons {
  en: Map<string, number>;
  nl: Map<string, number>;
  /** Dutch lexicon scores by Snowball stem, for inflections Pattern lacks ("vertragingen", "waardeloze"). */
  nlStems: Map<string, number>;
  stemDutch: (word: string) => string;
  emoji: Map<string, number>;
  dutchFunctionWords: Set<string>;
  negators: Set<string>;
  markers: Marker[];
  /** The markers that make an earlier post read as negative (eye-roll, clown, #not, "weer eens"), as one pattern. */
  negativeIrony: RegExp;
  phrases: Record<PhraseList, { en: PhraseIndex; nl: PhraseIndex }>;
}

/** JavaScript's \b is ASCII-only even with the u flag; this one knows Dutch letters with accents. */
const boundary = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}#])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/** Phrases by their first token: matching walks the tokens once instead of running a big regular expression. */
export type PhraseIndex = Map<string, string[][]>;

function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const tokens = tokenize(normalizeText(phrase));
    const [first, ...rest] = tokens;
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(rest);
    list.sort((a, b) => b.length - a.length);
    index.set(first, list);
  }
  return index;
}

const negativeIronyIds = new Set([
  'emoji-eyeroll',
  'emoji-unamused',
  'emoji-clown',
  'emoji-facepalm',
  'hashtag-not',
  'nl-weer-eens',
]);

let cached: Lexicons | undefined;

export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const cues = cueListSchema.parse(cueData);
  const lexicon = lexiconSchema.parse(lexiconData);
  const stopwords = z.object({ languages: z.record(z.string(), z.array(z.string())) }).parse(stopwordData);
  const lists = [
    'complaint',
    'praise',
    'question',
    'suggestion',
    'spreading',
    'resolution',
    'brushoff',
    'welcome',
  ] as const;
  const phrases = Object.fromEntries(
    lists.map((list) => [list, { en: indexPhrases(cues[list].en), nl: indexPhrases(cues[list].nl) }]),
  ) as Lexicons['phrases'];
  const markers = cues.markers.map((marker) => ({
    id: marker.id,
    label: marker.label,
    pattern: new RegExp(marker.pattern.replaceAll('\\b', boundary), 'iu'),
  }));
  const negativeIrony = new RegExp(
    markers
      .filter((marker) => negativeIronyIds.has(marker.id))
      .map((marker) => `(?:${marker.pattern.source})`)
      .join('|'),
    'iu',
  );
  const dutchStemmer = snowball.newStemmer('dutch');
  const stemDutch = (word: string) => dutchStemmer.stem(word);
  // A stem's score is the mean over its listed forms, so one odd form does not decide it.
  const stemSums = new Map<string, [number, number]>();
  for (const [word, score] of Object.entries(lexicon.nl)) {
    const stem = stemDutch(word);
    const [sum, n] = stemSums.get(stem) ?? [0, 0];
    stemSums.set(stem, [sum + score, n + 1]);
  }
  cached = {
    en: new Map(Object.entries(lexicon.en)),
    nl: new Map(Object.entries(lexicon.nl)),
    nlStems: new Map([...stemSums].map(([stem, [sum, n]]) => [stem, sum / n])),
    stemDutch,
    emoji: new Map(Object.entries(cues.emoji)),
    dutchFunctionWords: new Set(stopwords.languages.nl ?? []),
    negators: new Set([...cues.negators.en, ...cues.negators.nl]),
    markers,
    negativeIrony,
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

/** Pattern lists adjectives in their base form: "belachelijke", "slechte" → "belachelijk", "slecht". */
function dutchBaseForm(token: string, lexicons: Lexicons): number | undefined {
  if (token.length < 5 || !token.endsWith('e')) return undefined;
  const stem = token.slice(0, -1);
  return lexicons.nl.get(stem) ?? (stem.at(-1) === stem.at(-2) ? lexicons.nl.get(stem.slice(0, -1)) : undefined);
}

function wordScore(token: string, language: Language, lexicons: Lexicons): number {
  if (language === 'en') return lexicons.en.get(token) ?? 0;
  const dutch =
    lexicons.nl.get(token) ??
    dutchBaseForm(token, lexicons) ??
    (token.length >= 6 && /^\p{L}+$/u.test(token) ? lexicons.nlStems.get(lexicons.stemDutch(token)) : undefined);
  if (dutch !== undefined) return dutch;
  // English loan words ("fail", "top service") are common in Dutch posts; Dutch function words ("die") are not English.
  if (lexicons.dutchFunctionWords.has(token)) return 0;
  return lexicons.en.get(token) ?? 0;
}

/** Matches of a phrase list in tokens (from normalized text), in the given language (both for "other"). */
export function findPhrases(
  tokens: readonly string[],
  list: PhraseList,
  language: Language,
  lexicons: Lexicons,
): string[] {
  const indexes = lexicons.phrases[list];
  const found: string[] = [];
  for (const code of language === 'other' ? (['en', 'nl'] as const) : [language]) {
    const index = indexes[code];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = index.get(tokens[i] ?? '');
      if (!candidates) continue;
      const match = candidates.find((rest) => rest.every((token, k) => tokens[i + 1 + k] === token));
      if (match) found.push([tokens[i], ...match].join(' '));
    }
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
