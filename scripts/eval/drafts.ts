/**
 * `webcare eval drafts`: the draft checks on datasets/drafts/ (labelled drafts in their threads). Per finding kind:
 * precision and recall; and the share of good drafts (no kinds expected) that got any flag. Reported on the
 * held-out threads (never used for tuning) and on all. WEBCARE_EVAL_ERRORS=1 lists the misses on the train part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { classifyCategory } from '../../lib/analysis/category';
import { detectLanguage } from '../../lib/analysis/language';
import { detectSarcasm } from '../../lib/analysis/sarcasm';
import { customerHistoryItemSchema, findingKindSchema, type FindingKind } from '../../lib/analysis/types';
import { checkDraftDetailed } from '../../lib/analyzers/run';
import { parseThreadText } from '../../lib/thread/parse';
import type { Thread } from '../../lib/thread/schema';
import { findTarget } from '../../lib/thread/target';
import type { EvalSection } from '../eval-harness';

const dir = join(import.meta.dirname, '..', '..', 'datasets', 'drafts');
const now = new Date('2026-11-20T12:00:00Z');
const defaultAgent = { firstName: 'Sanne', initials: 'SV' };

export const labelledDraftSchema = z.strictObject({
  id: z.string(),
  /** File name (without .json) in datasets/drafts/threads/. */
  thread: z.string(),
  split: z.enum(['train', 'heldout']),
  draft: z.string(),
  /** Kinds a careful reviewer would flag; [] = a good reply. */
  kinds: z.array(findingKindSchema),
  agent: z.strictObject({ firstName: z.string(), initials: z.string() }).optional(),
  history: z.array(customerHistoryItemSchema).optional(),
  sentToday: z.record(z.string(), z.number()).optional(),
  teamPhrases: z
    .strictObject({ banned: z.array(z.string()).optional(), required: z.array(z.string()).optional() })
    .optional(),
});
export type LabelledDraft = z.infer<typeof labelledDraftSchema>;

export function loadDraftSet(): { item: LabelledDraft; thread: Thread }[] {
  const path = join(dir, 'drafts.jsonl');
  const threads = new Map<string, Thread>();
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      const parsed = labelledDraftSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${number}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      const item = parsed.data;
      let thread = threads.get(item.thread);
      if (!thread) {
        const threadPath = join(dir, 'threads', `${item.thread}.json`);
        const result = parseThreadText(readFileSync(threadPath, 'utf8'), threadPath);
        if (!result.ok) throw new Error(result.error);
        thread = result.value;
        threads.set(item.thread, thread);
      }
      return { item, thread };
    });
}

/** The kinds the checks report for one labelled draft. */
export function predictKinds(item: LabelledDraft, thread: Thread): Set<FindingKind> {
  const brand = thread.brand ?? { name: '(brand)', handles: [], voice: 'informal' as const };
  const target = findTarget(thread);
  const language = target ? detectLanguage(target.text) : 'other';
  const history = item.history ?? [];
  // The same target facts analyze() hands to the draft check (sarcasm verdict, category).
  const sarcasm = target ? detectSarcasm(thread, target) : undefined;
  const category = target && sarcasm ? classifyCategory(thread, target, { language, sarcasm, history }) : undefined;
  const findings = checkDraftDetailed(
    {
      draft: item.draft,
      thread,
      brand,
      language,
      history,
      ...(sarcasm ? { targetSarcasm: sarcasm } : {}),
      ...(category ? { targetCategory: category } : {}),
      agent: item.agent ?? defaultAgent,
      now,
    },
    {
      ...(item.sentToday ? { sentToday: item.sentToday } : {}),
      ...(item.teamPhrases ? { teamPhrases: item.teamPhrases } : {}),
    },
  );
  return new Set(findings.map((finding) => finding.kind));
}

interface Scores {
  drafts: number;
  good: number;
  goodFlagged: number;
  perKind: Map<FindingKind, { tp: number; fp: number; fn: number }>;
}

function score(rows: { item: LabelledDraft; predicted: Set<FindingKind> }[]): Scores {
  const perKind = new Map(findingKindSchema.options.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }]));
  let good = 0;
  let goodFlagged = 0;
  for (const { item, predicted } of rows) {
    if (item.kinds.length === 0) {
      good++;
      if (predicted.size > 0) goodFlagged++;
    }
    for (const kind of findingKindSchema.options) {
      const counts = perKind.get(kind);
      if (!counts) continue;
      const expected = item.kinds.includes(kind);
      if (expected && predicted.has(kind)) counts.tp++;
      else if (predicted.has(kind)) counts.fp++;
      else if (expected) counts.fn++;
    }
  }
  return { drafts: rows.length, good, goodFlagged, perKind };
}

const ratio = (a: number, b: number): number => (b === 0 ? NaN : Math.round((a / b) * 1000) / 1000);
const show = (value: number): string => (Number.isNaN(value) ? '–' : value.toFixed(2));

function table(title: string, scores: Scores): string {
  const rows = findingKindSchema.options
    .map((kind) => {
      const c = scores.perKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      if (c.tp + c.fp + c.fn === 0) return undefined;
      return `| ${kind} | ${c.tp + c.fn} | ${show(ratio(c.tp, c.tp + c.fp))} | ${show(ratio(c.tp, c.tp + c.fn))} | ${c.fp} | ${c.fn} |`;
    })
    .filter((row) => row !== undefined);
  return [
    `**${title}**: ${scores.drafts} drafts, ${scores.good} good; good drafts with any flag: ${scores.goodFlagged} (${show(ratio(scores.goodFlagged, scores.good) * 100)}%)`,
    '',
    '| kind | labelled | precision | recall | false flags | misses |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export default function evaluateDrafts(): Promise<EvalSection> {
  const rows = loadDraftSet().map(({ item, thread }) => ({ item, predicted: predictKinds(item, thread) }));
  const heldout = score(rows.filter((row) => row.item.split === 'heldout'));
  const all = score(rows);
  if (process.env.WEBCARE_EVAL_ERRORS === '1') {
    for (const { item, predicted } of rows) {
      if (item.split !== 'train') continue;
      const expected = [...item.kinds].sort().join(',');
      const got = [...predicted].sort().join(',');
      if (expected !== got)
        process.stderr.write(`${item.id} expected [${expected}] got [${got}]: ${item.draft.slice(0, 110)}\n`);
    }
  }
  const figures: Record<string, number> = {
    heldout_good_flagged: ratio(heldout.goodFlagged, heldout.good),
    all_good_flagged: ratio(all.goodFlagged, all.good),
  };
  for (const [name, scores] of [
    ['heldout', heldout],
    ['all', all],
  ] as const) {
    for (const [kind, c] of scores.perKind) {
      if (c.tp + c.fp + c.fn === 0) continue;
      figures[`${name}_${kind}_precision`] = ratio(c.tp, c.tp + c.fp);
      figures[`${name}_${kind}_recall`] = ratio(c.tp, c.tp + c.fn);
    }
  }
  const markdown = [
    'Each labelled draft is checked in its thread with its brand settings; a kind counts as found when any rule of',
    'that kind flags the draft. Goals: precision ≥ 0.9 and recall ≥ 0.8 per kind, good drafts flagged ≤ 10%.',
    'Held-out (never used to tune rules or lists): threads t*2, t*5, t*8, written with the rest, and t53-t60, written',
    'after tuning as a fresh check.',
    '',
    table('Held-out', heldout),
    '',
    table('All', all),
  ].join('\n');
  return Promise.resolve({ key: 'drafts', title: 'Draft checks (datasets/drafts)', markdown, figures });
}
