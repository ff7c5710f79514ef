/**
 * Language of a post: nl, en or other. Function words decide (they are frequent even in short, emoji-heavy posts);
 * spelling patterns break ties. Other languages have their own function-word lists so German or French text is
 * "other" instead of whichever of nl/en shares a few words with it.
 */
import { z } from 'zod';
import stopwordData from './data/stopwords.json' with { type: 'json' };
import type { Language } from './types';

const stopwordSchema = z.strictObject({
  version: z.literal(1),
  languages: z.record(z.string(), z.array(z.string())),
});

const profiles = Object.entries(stopwordSchema.parse(stopwordData).languages).map(
  ([code, words]) => [code, new Set(words)] as const,
);

const spelling: Record<string, RegExp> = {
  nl: /ij|oe|aa|uu|sch|cht|eu|ui|ie(?:s|n|k|t)?$|^(?:ge|be|ver)\p{L}{3,}/u,
  en: /th|wh|sh|ing$|tion$|ough|ay$|ly$|[^e]y$/u,
};

/** Only the first part of a very long text is read: language does not change halfway a webcare post. */
const maxWords = 400;

export function detectLanguage(text: string): Language {
  return languageOfWords(
    (
      text
        .slice(0, 4000)
        .toLowerCase()
        .match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []
    ).slice(0, maxWords),
  );
}

/** The same decision from lowercase words already split (tokens of lib/analysis/text.ts also work). */
export function languageOfWords(allWords: readonly string[]): Language {
  const words = allWords.length > maxWords ? allWords.slice(0, maxWords) : allWords;
  if (words.length === 0) return 'other';
  const scores = new Map<string, number>();
  for (const word of words) {
    const normalized = word.replace('’', "'");
    for (const [code, set] of profiles) {
      if (set.has(normalized)) scores.set(code, (scores.get(code) ?? 0) + 1);
    }
  }
  // Spelling is slower and weaker evidence: only consulted when the function words leave it open.
  if (!isDecided(scores)) {
    for (const word of words) {
      if (word.length <= 2 || !/^\p{L}/u.test(word)) continue;
      for (const code of ['nl', 'en'] as const) {
        if (spelling[code]?.test(word)) scores.set(code, (scores.get(code) ?? 0) + 0.3);
      }
    }
  }
  const [best, bestScore, second] = ranked(scores);
  // A single spelling hit is not enough evidence; a tie means we cannot tell.
  if (bestScore < 0.6 || bestScore === second) return 'other';
  return best === 'nl' || best === 'en' ? best : 'other';
}

function ranked(scores: Map<string, number>): [string, number, number] {
  let best = 'other';
  let bestScore = 0;
  let second = 0;
  for (const [code, score] of scores) {
    if (score > bestScore) {
      second = bestScore;
      best = code;
      bestScore = score;
    } else if (score > second) {
      second = score;
    }
  }
  return [best, bestScore, second];
}

function isDecided(scores: Map<string, number>): boolean {
  const [, bestScore, second] = ranked(scores);
  return bestScore >= 3 && bestScore >= second * 2;
}
