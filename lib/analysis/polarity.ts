/**
 * Polarity of one post (negative / neutral / positive), learned from the labelled threads: the state of every
 * earlier post (a customer still unhappy or a brand reply that stalled is negative, a fix or thanks positive), plus
 * the targets that are plain complaints, compliments and questions. The sarcasm and category features use it
 * to read the EARLIER posts of a thread (is the problem still open? did the brand's reply solve it?), where a
 * general-purpose word list misreads webcare posts ("naar Utrecht", "kind regards", "om 8 uur").
 */
import { findPhrases, scoreSentiment, type Lexicons } from './lexicon';
import type { Language } from './types';
import { hashContinue, hashString } from './text';

export const polarityClasses = ['negative', 'neutral', 'positive'] as const;
export type Polarity = (typeof polarityClasses)[number];

const cueNames = [
  'positive',
  'negative',
  'complaint',
  'resolution',
  'praise',
  'question_mark',
  'irony',
  'brushoff',
  'welcome',
  'digits',
] as const;

/** The cues once for customers and once for the brand: "sorry" or a number mean other things in a brand reply. */
export const polarityFeatureNames = [
  ...cueNames.map((name) => `customer_${name}`),
  ...cueNames.map((name) => `brand_${name}`),
  'brand',
] as const;

export interface PolarityInput {
  dense: Float64Array;
  buckets: number[];
  values: number[];
}

export interface PolarityModel {
  hashBits: number;
  linear: { bias: number; dense: Float64Array; hashed: Float32Array }[];
}

export function polarityInput(
  tokens: readonly string[],
  text: string,
  language: Language,
  isBrand: boolean,
  ironic: boolean,
  lexicons: Lexicons,
  hashBits: number,
): PolarityInput {
  const sentiment = scoreSentiment(tokens, language, lexicons);
  const cues = [
    Math.min(sentiment.positive, 3),
    Math.min(sentiment.negative, 3),
    Math.min(findPhrases(tokens, 'complaint', language, lexicons).length, 3),
    Math.min(findPhrases(tokens, 'resolution', language, lexicons).length, 2),
    Math.min(findPhrases(tokens, 'praise', language, lexicons).length, 2),
    text.includes('?') ? 1 : 0,
    ironic ? 1 : 0,
    Math.min(findPhrases(tokens, 'brushoff', language, lexicons).length, 2),
    Math.min(findPhrases(tokens, 'welcome', language, lexicons).length, 2),
    // Order numbers, dates, amounts, times: a concrete answer ("€38,50 within 3 days") or a concrete complaint.
    Math.min((text.match(/\d+/g) ?? []).length, 4) / 2,
  ];
  const zeros = cues.map(() => 0);
  const dense = Float64Array.from([...(isBrand ? zeros : cues), ...(isBrand ? cues : zeros), isBrand ? 1 : 0]);
  const mask = (1 << hashBits) - 1;
  const role = isBrand ? 'pb' : 'p';
  const words = tokens.slice(0, 120);
  const grams: string[] = [];
  for (let i = 0; i < words.length; i++) {
    grams.push(words[i] ?? '');
    if (i + 1 < words.length) grams.push(`${words[i]} ${words[i + 1]}`);
  }
  const value = grams.length > 0 ? 1 / Math.sqrt(grams.length) : 0;
  // Character 4-grams carry Dutch compounds and inflections the word grams miss ("uitgevallen", "teruggestort").
  const padded = ` ${words.join(' ')} `.slice(0, 400);
  const charCount = Math.max(0, padded.length - 3);
  const charValue = charCount > 0 ? charWeight / Math.sqrt(charCount) : 0;
  const buckets: number[] = grams.map((gram) => hashString(`${role}:${gram}`) & mask);
  const values: number[] = grams.map(() => value);
  const charPrefix = hashString(`${role}c:`);
  for (let i = 0; i < charCount; i++) {
    buckets.push(hashContinue(charPrefix, padded, i, i + 4) & mask);
    values.push(charValue);
  }
  return { dense, buckets, values };
}

/** Character grams count less than word grams: they back the words up, they do not outvote them. */
const charWeight = 0.5;

/** Class probabilities, in polarityClasses order. */
export function scorePolarity(model: PolarityModel, input: PolarityInput): [number, number, number] {
  const scores = model.linear.map((linear) => {
    let sum = linear.bias;
    for (let i = 0; i < input.dense.length; i++) sum += (linear.dense[i] ?? 0) * (input.dense[i] ?? 0);
    for (let i = 0; i < input.buckets.length; i++) {
      sum += (linear.hashed[input.buckets[i] ?? 0] ?? 0) * (input.values[i] ?? 0);
    }
    return sum;
  });
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return [(exps[0] ?? 0) / total, (exps[1] ?? 0) / total, (exps[2] ?? 0) / total];
}
