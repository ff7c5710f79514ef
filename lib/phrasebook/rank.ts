/**
 * Ranks phrasebook entries for a thread target: BM25 over stemmed, synonym-folded terms (text-terms.ts), then
 * fixed boosts for the message's category, an active situation (holding, outside hours, crisis), the entry's
 * language, platform, folder and voice. Deterministic: equal scores are ordered by id.
 *
 * The index of an entries array is built once and kept (WeakMap) while the array lives, so ranking a 2,000-entry
 * phrasebook for each thread costs only the query.
 */
import type { Brand, Platform, Post, Thread } from '../thread/schema';
import type { Category, Language, Suggestion } from '../analysis/types';
import type { PhrasebookCategory, PhrasebookEntry } from './schema';
import { fillTemplate, variableValues, type FillContext } from './fill';
import { textTerms, type TermLanguage } from './text-terms';

export type { FillContext } from './fill';

export interface RankInput {
  thread: Thread;
  target: Post;
  language: Language;
  category: Category;
  brand: Brand;
  fill: Partial<FillContext>;
  now: Date;
  limit: number;
  /** Situations the team is in right now; entries for them rise to the top. */
  situations?: readonly ('holding' | 'outside_hours' | 'crisis')[];
  /** Extra weight per folder (prefix match), e.g. the team's current campaign folder. */
  folderBoosts?: Readonly<Record<string, number>>;
  /** Language of `why`; default English. */
  uiLanguage?: 'nl' | 'en';
}

/** Weights, tuned on the development part of datasets/phrasebook-ranking only (never the held-out part). */
export const rankWeights = {
  k1: 1.6,
  b: 0.6,
  titleRepeat: 1,
  tagRepeat: 2,
  /** Earlier posts of the same customer count for less than the target. */
  contextWeight: 0.35,
  category: 0.5,
  situation: 0.8,
  otherLanguage: 0.35,
  platformMatch: 0.05,
  platformMismatch: 0.4,
  voiceMismatch: 0.1,
};

interface LanguageIndex {
  /** term → flat [doc, tf, doc, tf, …] */
  postings: Map<string, number[]>;
  lengths: Float64Array;
  averageLength: number;
  /** Distinct terms of each entry's text, to keep near-duplicates out of one list of suggestions. */
  bodyTerms: Set<string>[];
}

export interface PhrasebookIndex {
  entries: readonly PhrasebookEntry[];
  nl: LanguageIndex;
  en: LanguageIndex;
}

const indexes = new WeakMap<readonly PhrasebookEntry[], PhrasebookIndex>();

/** Build (or reuse) the search index of an entries array. */
export function indexPhrasebook(entries: readonly PhrasebookEntry[]): PhrasebookIndex {
  const cached = indexes.get(entries);
  if (cached) return cached;
  const index = { entries, nl: buildLanguageIndex(entries, 'nl'), en: buildLanguageIndex(entries, 'en') };
  indexes.set(entries, index);
  return index;
}

function buildLanguageIndex(entries: readonly PhrasebookEntry[], language: TermLanguage): LanguageIndex {
  const postings = new Map<string, number[]>();
  const lengths = new Float64Array(entries.length);
  const bodyTerms: Set<string>[] = [];
  let total = 0;
  entries.forEach((entry, doc) => {
    const body = entry.text[language] ?? entry.text.nl ?? entry.text.en ?? '';
    const counts = new Map<string, number>();
    const add = (text: string, times: number) => {
      for (const { term } of textTerms(text, language)) counts.set(term, (counts.get(term) ?? 0) + times);
    };
    add(entry.title, rankWeights.titleRepeat);
    // A phrase tag ("lang wachten") speaks for the phrase: its words share the tag's weight.
    for (const tag of entry.tags) add(tag, rankWeights.tagRepeat / Math.max(1, tag.trim().split(/\s+/).length));
    add(entry.folder.replace(/\//g, ' '), 1);
    add(body, 1);
    bodyTerms.push(new Set(textTerms(body, language).map(({ term }) => term)));
    let length = 0;
    for (const [term, tf] of counts) {
      length += tf;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc, tf);
    }
    lengths[doc] = length;
    total += length;
  });
  return { postings, lengths, averageLength: entries.length > 0 ? total / entries.length : 1, bodyTerms };
}

interface QueryTerm {
  weight: number;
  word: string;
}

/** The customer's words: the target post, plus the same customer's other posts in the thread at lower weight. */
function buildQuery(thread: Thread, target: Post, language: TermLanguage): Map<string, QueryTerm> {
  const query = new Map<string, QueryTerm>();
  const add = (text: string, weight: number) => {
    for (const { term, word } of textTerms(text, language)) {
      const known = query.get(term);
      // Repeating a word adds a little: "late, late, LATE" is about lateness, not three times as much.
      if (known) known.weight += weight * 0.25;
      else query.set(term, { weight, word });
    }
  };
  add(target.text, 1);
  if (target.quoted) add(target.quoted.text, rankWeights.contextWeight);
  for (const post of thread.posts) {
    if (post.id === target.id || post.isBrand) continue;
    if (post.author === target.author || (post.handle && post.handle === target.handle)) {
      add(post.text, rankWeights.contextWeight);
    }
  }
  return query;
}

const categoryAnswers: Record<Category, readonly { category: PhrasebookCategory; share: number }[]> = {
  complaint: [{ category: 'complaint', share: 1 }],
  question: [{ category: 'question', share: 1 }],
  suggestion: [{ category: 'suggestion', share: 1 }],
  repeated_negative: [
    { category: 'repeated_negative', share: 1 },
    { category: 'complaint', share: 0.5 },
  ],
  compliment: [{ category: 'compliment', share: 1 }],
  other: [],
};

const categoryLabels: Record<'nl' | 'en', Record<PhrasebookCategory, string>> = {
  en: {
    complaint: 'complaints',
    question: 'questions',
    suggestion: 'suggestions',
    repeated_negative: 'repeated complaints',
    compliment: 'compliments',
    holding: 'holding reply',
    outside_hours: 'outside hours',
    crisis: 'crisis',
  },
  nl: {
    complaint: 'klachten',
    question: 'vragen',
    suggestion: 'suggesties',
    repeated_negative: 'herhaalde klachten',
    compliment: 'complimenten',
    holding: 'wachtantwoord',
    outside_hours: 'buiten openingstijden',
    crisis: 'crisis',
  },
};

interface TextScores {
  language: TermLanguage;
  bm25: Float64Array;
  contributions: Map<number, { word: string; contribution: number }[]>;
  best: number;
}

/** BM25 over the query terms' postings only: cost grows with the query, not with the book. */
function scoreText(languageIndex: LanguageIndex, query: Map<string, QueryTerm>, language: TermLanguage): TextScores {
  const count = languageIndex.lengths.length;
  const bm25 = new Float64Array(count);
  const contributions = new Map<number, { word: string; contribution: number }[]>();
  const { k1, b } = rankWeights;
  for (const [term, { weight, word }] of query) {
    const list = languageIndex.postings.get(term);
    if (!list) continue;
    const documentFrequency = list.length / 2;
    const idf = Math.log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i] as number;
      const tf = list[i + 1] as number;
      const norm = 1 - b + (b * (languageIndex.lengths[doc] ?? 0)) / languageIndex.averageLength;
      const contribution = (weight * idf * (tf * (k1 + 1))) / (tf + k1 * norm);
      bm25[doc] = (bm25[doc] ?? 0) + contribution;
      let matched = contributions.get(doc);
      if (!matched) contributions.set(doc, (matched = []));
      matched.push({ word, contribution });
    }
  }
  let best = 0;
  for (let doc = 0; doc < count; doc++) best = Math.max(best, bm25[doc] ?? 0);
  return { language, bm25, contributions, best };
}

interface Scored {
  doc: number;
  score: number;
  matched: { word: string; contribution: number }[];
  answers?: PhrasebookCategory;
}

export function rankReplies(entries: readonly PhrasebookEntry[], input: RankInput): Suggestion[] {
  if (entries.length === 0 || input.limit <= 0) return [];
  const index = indexPhrasebook(entries);
  // Language unknown (a short or mixed message): read it both ways and keep the reading that matches best.
  const candidates: TermLanguage[] = input.language === 'other' ? ['en', 'nl'] : [input.language];
  let chosen: TextScores | undefined;
  for (const candidate of candidates) {
    const scores = scoreText(index[candidate], buildQuery(input.thread, input.target, candidate), candidate);
    if (!chosen || scores.best > chosen.best) chosen = scores;
  }
  const { language, bm25, contributions, best } = chosen as TextScores;
  const languageIndex = index[language];
  const count = entries.length;

  const answers = categoryAnswers[input.category];
  const situations = input.situations ?? [];
  const platform = input.thread.platform;
  const scored: Scored[] = [];
  for (let doc = 0; doc < count; doc++) {
    const entry = entries[doc] as PhrasebookEntry;
    const textScore = best > 0 ? (bm25[doc] ?? 0) / best : 0;
    let score = textScore;
    let answered: PhrasebookCategory | undefined;
    for (const { category, share } of answers) {
      if (entry.categories.includes(category)) {
        score += rankWeights.category * share;
        answered ??= category;
      }
    }
    for (const situation of situations) {
      if (entry.categories.includes(situation)) {
        score += rankWeights.situation;
        answered = situation;
      }
    }
    if (score <= 0) continue;
    if (entry.text[language] === undefined) score *= rankWeights.otherLanguage;
    score += platformBoost(entry, platform);
    if (entry.voice && entry.voice !== input.brand.voice) score -= rankWeights.voiceMismatch;
    score += folderBoost(entry.folder, input.folderBoosts);
    if (score <= 0) continue;
    const scoredEntry: Scored = { doc, score, matched: contributions.get(doc) ?? [] };
    if (answered) scoredEntry.answers = answered;
    scored.push(scoredEntry);
  }
  const ranked = topCandidates(scored, input.limit * 8);
  ranked.sort((x, y) => y.score - x.score || compareIds(entries[x.doc]?.id ?? '', entries[y.doc]?.id ?? ''));

  const uiLanguage = input.uiLanguage ?? 'en';
  const valuesByLanguage = new Map<TermLanguage, Record<string, string | undefined>>();
  return pickDistinct(ranked, languageIndex.bodyTerms, input.limit).map((hit) => {
    const entry = entries[hit.doc] as PhrasebookEntry;
    const textLanguage: TermLanguage = entry.text[language] !== undefined ? language : entry.text.nl ? 'nl' : 'en';
    const template = entry.text[textLanguage] ?? '';
    let values = valuesByLanguage.get(textLanguage);
    if (!values) {
      values = variableValues({
        target: input.target,
        brand: input.brand,
        fill: input.fill,
        now: input.now,
        language: textLanguage,
      });
      valuesByLanguage.set(textLanguage, values);
    }
    const filled = fillTemplate(template, values);
    return {
      id: entry.id,
      title: entry.title,
      text: filled.text,
      score: Math.round(hit.score * 1000) / 1000,
      why: explain(hit, uiLanguage),
      missing: filled.missing,
    };
  });
}

/**
 * The hits that can still make the list: everything scoring at least the `keep`-th best score (ties included),
 * found with a numeric sort instead of sorting every hit with the id tie-break.
 */
function topCandidates(scored: Scored[], keep: number): Scored[] {
  if (scored.length <= keep) return scored;
  const scores = Float64Array.from(scored, (hit) => hit.score).sort();
  const threshold = scores[scores.length - keep] ?? -Infinity;
  return scored.filter((hit) => hit.score >= threshold);
}

/** Share of the smaller text's terms found in the other: 1 for a copy with a sentence added. */
const NEAR_DUPLICATE = 0.8;

/**
 * The best `limit` hits, skipping any whose text is a near-copy of a better one (a big team's book holds the
 * same answer per channel or campaign): five slots should offer five different answers.
 */
function pickDistinct(scored: readonly Scored[], bodyTerms: readonly Set<string>[], limit: number): Scored[] {
  const picked: Scored[] = [];
  for (const hit of scored) {
    if (picked.length === limit) break;
    const terms = bodyTerms[hit.doc] ?? new Set<string>();
    const duplicate = picked.some((other) => overlap(terms, bodyTerms[other.doc] ?? new Set()) >= NEAR_DUPLICATE);
    if (!duplicate) picked.push(hit);
  }
  return picked;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared / small.size;
}

function platformBoost(entry: PhrasebookEntry, platform: Platform): number {
  if (entry.platforms.length === 0) return 0;
  return entry.platforms.includes(platform) ? rankWeights.platformMatch : -rankWeights.platformMismatch;
}

function folderBoost(folder: string, boosts: Readonly<Record<string, number>> | undefined): number {
  if (!boosts) return 0;
  let boost = 0;
  for (const [prefix, value] of Object.entries(boosts)) {
    if (folder === prefix || folder.startsWith(`${prefix}/`)) boost += value;
  }
  return boost;
}

function explain(hit: Scored, uiLanguage: 'nl' | 'en'): string {
  const words: string[] = [];
  for (const { word } of [...hit.matched].sort((x, y) => y.contribution - x.contribution)) {
    if (!words.includes(word)) words.push(word);
    if (words.length === 4) break;
  }
  const parts: string[] = [];
  if (words.length > 0) parts.push(`${uiLanguage === 'nl' ? 'komt overeen' : 'matches'}: ${words.join(', ')}`);
  if (hit.answers) {
    parts.push(`${uiLanguage === 'nl' ? 'beantwoordt' : 'answers'} ${categoryLabels[uiLanguage][hit.answers]}`);
  }
  return parts.join('; ');
}

/** Code-unit order, not locale order: the same on every machine. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
