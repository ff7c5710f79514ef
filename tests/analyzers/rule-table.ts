/**
 * The table format of every rule test (style.md §4): `flags` and `passes`, compared as compact strings such as
 * `draft 12-29 cliche-stock-empathy`, so a failure reads like linter output. In a draft, `[[…]]` marks the span the
 * rule must flag (`[[]]` marks a place, e.g. the end for something missing); the markers are removed before checking.
 */
import { expect, it } from 'vitest';
import type { Category, CustomerHistoryItem } from '../../lib/analysis/types';
import { checkDraftDetailed } from '../../lib/analyzers/run';
import type { DraftCheckConfig, Rule } from '../../lib/analyzers/types';
import { detectLanguage } from '../../lib/analysis/language';
import type { z } from 'zod';
import { brandSchema, threadSchema } from '../../lib/thread/schema';

type BrandInput = z.input<typeof brandSchema>;
type ThreadInput = z.input<typeof threadSchema>;

export interface RuleCase {
  /** With `[[…]]` around what must be flagged (flags) or without markers (passes). */
  draft: string;
  /** Why this case is here, shown in the test name. */
  note?: string;
  /** Customer posts, newest last; default: one Dutch complaint that tags the brand. */
  posts?: ThreadInput['posts'];
  platform?: ThreadInput['platform'];
  brand?: Partial<BrandInput>;
  config?: DraftCheckConfig;
  history?: CustomerHistoryItem[];
  agent?: { firstName: string; initials: string };
  /** The analysis' verdict on the target, as analyze() passes it: a sarcasm score (≥ 0.5 = sarcastic) and category. */
  sarcasmScore?: number;
  category?: Category;
}

const defaultBrand: BrandInput = { name: 'SpoorLinq', handles: ['@SpoorLinq'], voice: 'informal' };
const defaultPosts: ThreadInput['posts'] = [
  { id: 'p1', author: 'Annelies', handle: '@annelies', text: '@SpoorLinq mijn trein heeft weer 20 minuten vertraging' },
];
export const fixedNow = new Date('2026-11-20T12:00:00Z');

/** Runs one rule on a case; returns compact strings `draft start-end rule-id`. */
export function runRule(rule: Rule, testCase: RuleCase): string[] {
  const draft = stripMarkers(testCase.draft).text;
  const brand = brandSchema.parse({ ...defaultBrand, ...testCase.brand });
  const thread = threadSchema.parse({
    version: 1,
    platform: testCase.platform ?? 'x',
    brand,
    posts: testCase.posts ?? defaultPosts,
  });
  const last = thread.posts.at(-1);
  return checkDraftDetailed(
    {
      draft,
      thread,
      brand,
      language: last ? detectLanguage(last.text) : 'other',
      history: testCase.history ?? [],
      agent: testCase.agent ?? { firstName: 'Sanne', initials: 'SV' },
      now: fixedNow,
      ...(testCase.sarcasmScore === undefined
        ? {}
        : { targetSarcasm: { sarcastic: testCase.sarcasmScore >= 0.5, score: testCase.sarcasmScore, reasons: [] } }),
      ...(testCase.category ? { targetCategory: testCase.category } : {}),
    },
    testCase.config ?? {},
    [rule],
  ).map((finding) => `draft ${finding.span.start}-${finding.span.end} ${finding.ruleId}`);
}

export function stripMarkers(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const open = rest.indexOf('[[');
    if (open < 0) break;
    const close = rest.indexOf(']]', open);
    if (close < 0) break;
    text += rest.slice(0, open);
    const start = text.length;
    text += rest.slice(open + 2, close);
    spans.push({ start, end: text.length });
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, spans };
}

/** Registers the table as tests: every flag case must give exactly its marked spans, every pass case nothing. */
export function ruleTable(rule: Rule, table: { flags: RuleCase[]; passes: RuleCase[] }): void {
  for (const testCase of table.flags) {
    const { spans, text } = stripMarkers(testCase.draft);
    it(`flags: ${testCase.note ?? text.slice(0, 60)}`, () => {
      expect(runRule(rule, testCase)).toEqual(spans.map((span) => `draft ${span.start}-${span.end} ${rule.id}`));
    });
  }
  for (const testCase of table.passes) {
    it(`passes: ${testCase.note ?? testCase.draft.slice(0, 60)}`, () => {
      expect(runRule(rule, testCase)).toEqual([]);
    });
  }
}
