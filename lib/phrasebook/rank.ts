/**
 * Ranks phrasebook entries for a thread target: BM25 over stemmed terms (text-terms.ts), where the exact stem
 * counts fully and a synonym of it counts for less, and a customer's compound word the book does not know is split
 * against the index vocabulary ("treinvertraging" → trein, vertraging). Then boosts for the message's
 * category (scaled by how well the words match, since a detected category can be wrong), an active situation
 * (holding, outside hours, crisis), the entry's language, platform, folder and voice. Deterministic: equal scores
 * are ordered by id.
 *
 * The index of an entries array is built once and kept (WeakMap) while the array lives, so ranking a 2,000-entry
 * phrasebook for each thread costs only the query.
 */
import type { Brand, Platform, Post, Thread } from '../thread/schema';
import type { Category, Language, Suggestion } from '../analysis/types';
import type { PhrasebookCategory, PhrasebookEntry } from './schema';
import { fillTemplate, variableValues, type FillContext } from './fill';
import { compoundParts, textTerms, type Term, type TermLanguage } from './text-terms';

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
  /** A synonym's share of an exact word's weight, on the query side. */
  synonym: 0.6,
  /**
   * A compound's parts, each, as a share of the whole word. Only the customer's compounds are split: splitting
   * the entries' own ("wachttijd") made no difference on dev and let a part outweigh the entry's topic.
   */
  compoundPart: 0.6,
  category: 0.5,
  /** Share of the category boost an entry gets without any word match; the rest grows with the text score. */
  categoryFloor: 0.4,
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

/** Index keys of a term: its exact stem, and its synonym group (prefixed, so a group never meets a stem). */
function groupKey(term: Term): string | undefined {
  return term.grouped ? `~${term.term}` : undefined;
}

function buildLanguageIndex(entries: readonly PhrasebookEntry[], language: TermLanguage): LanguageIndex {
  const postings = new Map<string, number[]>();
  const lengths = new Float64Array(entries.length);
  const bodyTerms: Set<string>[] = [];
  let total = 0;
  const fieldTerms = entries.map((entry) => {
    // Variables ("{firstName}") are filled in later: they are no words of the answer.
    const body = (entry.text[language] ?? entry.text.nl ?? entry.text.en ?? '').replace(/\{[^{}]*\}/g, ' ');
    const fields: { terms: Term[]; times: number }[] = [
      { terms: textTerms(entry.title, language), times: rankWeights.titleRepeat },
      // A phrase tag ("lang wachten") speaks for the phrase: its words share the tag's weight.
      ...entry.tags.map((tag) => ({
        terms: textTerms(tag, language),
        times: rankWeights.tagRepeat / Math.max(1, tag.trim().split(/\s+/).length),
      })),
      { terms: textTerms(entry.folder.replace(/\//g, ' '), language), times: 1 },
      { terms: textTerms(body, language), times: 1 },
    ];
    return { fields, body: fields.at(-1)?.terms ?? [] };
  });
  fieldTerms.forEach(({ fields, body }, doc) => {
    const counts = new Map<string, number>();
    const count = (key: string, times: number) => counts.set(key, (counts.get(key) ?? 0) + times);
    for (const { terms, times } of fields) {
      for (const term of terms) {
        count(term.stem, times);
        const group = groupKey(term);
        if (group) count(group, times);
      }
    }
    bodyTerms.push(new Set(body.map(({ stem }) => stem)));
    let length = 0;
    for (const [term, tf] of counts) {
      // Length counts words, not index keys: a synonym group key repeats a word already counted.
      if (!term.startsWith('~')) length += tf;
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

/**
 * The customer's words: the target post, plus the same customer's other posts in the thread at lower weight.
 * Each word asks for its exact stem and, at a lower weight, its synonym group; a word the book does not know
 * is split into known parts when it is a compound.
 */
function buildQuery(
  thread: Thread,
  target: Post,
  language: TermLanguage,
  languageIndex: LanguageIndex,
): Map<string, QueryTerm> {
  const query = new Map<string, QueryTerm>();
  const { postings } = languageIndex;
  const put = (key: string, weight: number, word: string) => {
    const known = query.get(key);
    // Repeating a word adds a little: "late, late, LATE" is about lateness, not three times as much.
    if (known) known.weight += weight * 0.25;
    else query.set(key, { weight, word });
  };
  const putTerm = (term: Term, weight: number) => {
    put(term.stem, weight, term.word);
    const group = groupKey(term);
    if (group) put(group, weight * rankWeights.synonym, term.word);
  };
  const inBook = (term: Term) => postings.has(term.stem) || postings.has(groupKey(term) ?? '');
  const add = (text: string, weight: number) => {
    for (const term of textTerms(text, language)) {
      putTerm(term, weight);
      if (inBook(term)) continue;
      for (const part of compoundParts(term.word, language, inBook)) putTerm(part, weight * rankWeights.compoundPart);
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
    const scores = scoreText(
      index[candidate],
      buildQuery(input.thread, input.target, candidate, index[candidate]),
      candidate,
    );
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
    const categoryScale = rankWeights.categoryFloor + (1 - rankWeights.categoryFloor) * textScore;
    for (const { category, share } of answers) {
      if (entry.categories.includes(category)) {
        score += rankWeights.category * share * categoryScale;
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

/**
 * Share of the smaller text's words (exact stems) found in the other: 1 for a copy with a sentence added. Short
 * answers on one topic share most of their few words ("stuur me je ordernummer via een privébericht"), so only
 * a near-complete overlap is a copy.
 */
const NEAR_DUPLICATE = 0.9;

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
