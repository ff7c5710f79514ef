/**
 * rank_2000 / rank_2000_fuse / rank_2000_minisearch (contracts.md): one thread ranked against the same 2,000
 * entries by our ranker, Fuse.js and MiniSearch, each also reporting hit_at_3 on the labelled cases so speed is
 * compared at the quality each one reaches. Indexes are built in setup for all three.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { defineBench } from '../../scripts/bench-harness';
import { rankReplies } from '../../lib/phrasebook/rank';
import { findTarget } from '../../lib/thread/target';
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import type { RankingCase } from '../../scripts/eval/phrasebook';
import { benchEntries, benchQueries, hitAt3 } from '../phrasebook/bench-book';

interface State<Engine> {
  engine: Engine;
  entries: PhrasebookEntry[];
  cases: RankingCase[];
  next: number;
}

const now = new Date('2026-11-25T10:00:00Z');

function rankOurs(entries: readonly PhrasebookEntry[], testCase: RankingCase): string[] {
  const target = findTarget(testCase.thread);
  if (!target) return [];
  return rankReplies(entries, {
    thread: testCase.thread,
    target,
    language: testCase.language,
    category: testCase.category,
    brand: { name: 'Brand', handles: [], voice: 'informal' },
    fill: { agent: 'Sanne', initials: 'SV' },
    now,
    limit: 5,
  }).map((suggestion) => suggestion.id);
}

/** The words of the target, for the two libraries (they get no stemming or category: that is what they lack). */
function queryWords(testCase: RankingCase): string[] {
  const target = findTarget(testCase.thread);
  return (target?.text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 30);
}

interface FuseDoc {
  id: string;
  title: string;
  tags: string[];
  text: string;
  language: 'nl' | 'en';
}
function toDoc(entry: PhrasebookEntry): FuseDoc {
  return {
    id: entry.id,
    title: entry.title,
    tags: entry.tags,
    text: entry.text.nl ?? entry.text.en ?? '',
    language: entry.text.nl !== undefined ? 'nl' : 'en',
  };
}

function rankFuse(fuse: Fuse<FuseDoc>, testCase: RankingCase): string[] {
  const words = queryWords(testCase);
  if (words.length === 0) return [];
  // Extended search: any of the words ('|' is OR), fuzzy per word, anywhere in the field.
  return fuse
    .search(words.join(' | '))
    .filter((result) => result.item.language === testCase.language)
    .slice(0, 5)
    .map((result) => result.item.id);
}

function rankMiniSearch(search: MiniSearch<FuseDoc>, testCase: RankingCase): string[] {
  return search
    .search(queryWords(testCase).join(' '), {
      combineWith: 'OR',
      prefix: true,
      fuzzy: 0.2,
      boost: { title: 2, tags: 2 },
      filter: (result) => result['language'] === testCase.language,
    })
    .slice(0, 5)
    .map((result) => String(result.id));
}

function setupWith<Engine>(build: (entries: PhrasebookEntry[]) => Engine) {
  return (): State<Engine> => {
    const entries = benchEntries(2000);
    return { engine: build(entries), entries, cases: benchQueries(), next: 0 };
  };
}

export default [
  defineBench<State<null>>({
    name: 'rank_2000',
    setup: setupWith((entries) => {
      rankOurs(entries, benchQueries()[0] as RankingCase); // builds and caches the index, like the sidebar's first thread
      return null;
    }),
    run: (state) => rankOurs(state.entries, state.cases[state.next++ % state.cases.length] as RankingCase),
    extra: (state) => ({
      hit_at_3: hitAt3(
        state.cases.map((c) => rankOurs(state.entries, c)),
        state.cases,
      ),
    }),
    runs: 500,
  }),
  defineBench<State<Fuse<FuseDoc>>>({
    name: 'rank_2000_fuse',
    setup: setupWith(
      (entries) =>
        new Fuse(entries.map(toDoc), {
          keys: [
            { name: 'title', weight: 2 },
            { name: 'tags', weight: 2 },
            { name: 'text', weight: 1 },
          ],
          useExtendedSearch: true,
          ignoreLocation: true,
          threshold: 0.3,
        }),
    ),
    run: (state) => rankFuse(state.engine, state.cases[state.next++ % state.cases.length] as RankingCase),
    extra: (state) => ({
      hit_at_3: hitAt3(
        state.cases.map((c) => rankFuse(state.engine, c)),
        state.cases,
      ),
    }),
    // Fuse scans every entry per query word (~0.6 s a thread here): few runs keep `npm run bench` bearable.
    runs: 10,
    warmup: 1,
  }),
  defineBench<State<MiniSearch<FuseDoc>>>({
    name: 'rank_2000_minisearch',
    setup: setupWith((entries) => {
      const search = new MiniSearch<FuseDoc>({ fields: ['title', 'tags', 'text'], storeFields: ['language'] });
      search.addAll(entries.map(toDoc));
      return search;
    }),
    run: (state) => rankMiniSearch(state.engine, state.cases[state.next++ % state.cases.length] as RankingCase),
    extra: (state) => ({
      hit_at_3: hitAt3(
        state.cases.map((c) => rankMiniSearch(state.engine, c)),
        state.cases,
      ),
    }),
    runs: 300,
  }),
];
