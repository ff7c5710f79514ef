/**
 * Loaders for the data the analysis models are trained and measured on, each turned into Thread JSON:
 * - the project's own labelled threads (datasets/webcare-threads/threads-*.jsonl; split train / heldout),
 * - iSarcasmEval (MIT; train is used for training, test for reporting),
 * - FigLang 2020 Twitter test (no licence: evaluation only, never training).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { threadSchema, type Post, type Thread } from '../../lib/thread/schema';
import { findTarget } from '../../lib/thread/target';
import { categorySchema, type Category } from '../../lib/analysis/types';

export const repoRoot = join(import.meta.dirname, '..', '..');
const sarcasmData = join(repoRoot, '..', 'shared', 'data', 'sarcasm');

export interface Example {
  id: string;
  source: 'webcare' | 'isarcasm' | 'figlang';
  thread: Thread;
  target: Post;
  sarcastic: boolean;
  category?: Category;
  lang?: 'nl' | 'en';
  pair?: string;
  marker?: boolean;
  split: 'train' | 'heldout' | 'test';
  /** The JSONL file it came from (own threads only). */
  file?: string;
  /** Labelled state of non-target posts (datasets/webcare-threads README, "Post states"), by post id. */
  postStates?: Record<string, PostState>;
}

export const postStateSchema = z.enum(['neg', 'neu', 'pos', 'solve', 'stall']);
export type PostState = z.infer<typeof postStateSchema>;

const webcareLineSchema = z.object({
  id: z.string(),
  lang: z.enum(['nl', 'en']),
  platform: z.string(),
  sector: z.string(),
  sarcastic: z.boolean(),
  category: categorySchema,
  marker: z.boolean().optional(),
  pair: z.union([z.string(), z.number()]).optional().nullable(),
  split: z.enum(['train', 'heldout']),
  postStates: z.record(z.string(), postStateSchema).optional(),
  thread: threadSchema,
});

/** `maxFile`: read only files named up to it (e.g. "threads-008.jsonl"), to compare settings on fixed data. */
export function loadWebcare(maxFile?: string): { examples: Example[]; files: string[]; skipped: number } {
  const dir = join(repoRoot, 'datasets', 'webcare-threads');
  if (!existsSync(dir)) return { examples: [], files: [], skipped: 0 };
  const files = readdirSync(dir)
    .filter((file) => /^threads-.*\.jsonl$/.test(file) && (maxFile === undefined || file <= maxFile))
    .sort();
  const examples: Example[] = [];
  let skipped = 0;
  for (const file of files) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        const parsed = webcareLineSchema.safeParse(JSON.parse(line));
        if (!parsed.success) {
          skipped++;
          process.stderr.write(`${file}:${index + 1}: skipped: ${parsed.error.issues[0]?.message ?? 'invalid'}\n`);
          return;
        }
        const record = parsed.data;
        const target = findTarget(record.thread);
        if (!target) return;
        examples.push({
          id: record.id,
          source: 'webcare',
          thread: record.thread,
          target,
          sarcastic: record.sarcastic,
          category: record.category,
          lang: record.lang,
          ...(record.pair !== undefined && record.pair !== null ? { pair: String(record.pair) } : {}),
          ...(record.marker !== undefined ? { marker: record.marker } : {}),
          split: record.split,
          file,
          ...(record.postStates ? { postStates: record.postStates } : {}),
        });
      });
  }
  return { examples, files, skipped };
}

function singlePostThread(id: string, text: string): { thread: Thread; target: Post } {
  const thread = threadSchema.parse({
    version: 1,
    platform: 'x',
    posts: [{ id: 'p1', author: 'customer', text }],
    targetId: 'p1',
  });
  return { thread, target: thread.posts[0] as Post };
}

export function loadIsarcasm(split: 'train' | 'test'): Example[] {
  const file =
    split === 'train'
      ? join(sarcasmData, 'isarcasmeval', 'train', 'train.En.csv')
      : join(sarcasmData, 'isarcasmeval', 'test', 'task_A_En_test.csv');
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const textColumn = header.indexOf(split === 'train' ? 'tweet' : 'text');
  const labelColumn = header.indexOf('sarcastic');
  const examples: Example[] = [];
  rows.slice(1).forEach((row, index) => {
    const text = row[textColumn] ?? '';
    const label = row[labelColumn];
    if (!text.trim() || (label !== '0' && label !== '1')) return;
    const { thread, target } = singlePostThread(`isarcasm-${split}-${index}`, text);
    examples.push({
      id: `isarcasm-${split}-${index}`,
      source: 'isarcasm',
      thread,
      target,
      sarcastic: label === '1',
      split: split === 'train' ? 'train' : 'test',
    });
  });
  return examples;
}

const figlangLineSchema = z.object({
  label: z.enum(['SARCASM', 'NOT_SARCASM']),
  context: z.array(z.string()),
  response: z.string(),
  id: z.string(),
});

/** FigLang Twitter test: each context turn is a post by a different user; the response is the target. */
export function loadFiglangTest(): Example[] {
  const file = join(sarcasmData, 'figlang2020', 'twitter', 'sarcasm_detection_shared_task_twitter_testing.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = figlangLineSchema.parse(JSON.parse(line));
      const posts = row.context.map((text, index) => ({ id: `c${index + 1}`, author: `user${index + 1}`, text }));
      posts.push({ id: 'r', author: 'responder', text: row.response });
      const thread = threadSchema.parse({ version: 1, platform: 'x', posts, targetId: 'r' });
      return {
        id: row.id,
        source: 'figlang' as const,
        thread,
        target: thread.posts.at(-1) as Post,
        sarcastic: row.label === 'SARCASM',
        split: 'test' as const,
      };
    });
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
