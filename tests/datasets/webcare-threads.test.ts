import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { categorySchema } from '../../lib/analysis/types';
import { threadSchema, type Thread } from '../../lib/thread/schema';
import { findTarget, isBrandAuthor } from '../../lib/thread/target';
import { buildDataset, hasMarker, splitFor, toJsonl } from '../../datasets/webcare-threads/build';

const dir = join(import.meta.dirname, '../../datasets/webcare-threads');

const recordSchema = z.strictObject({
  id: z.string().regex(/^(nl|en)-[a-z]+-\d{3}$/),
  lang: z.enum(['nl', 'en']),
  platform: z.enum(['x', 'facebook', 'linkedin']),
  sector: z.string().regex(/^[a-z]+$/),
  sarcastic: z.boolean(),
  category: categorySchema,
  marker: z.boolean(),
  pair: z
    .string()
    .regex(/^pair-\d{3,4}$/)
    .optional(),
  split: z.enum(['train', 'heldout']),
  postStates: z.record(z.string(), z.enum(['neg', 'neu', 'pos', 'solve', 'stall'])).optional(),
  thread: threadSchema,
});
type DatasetRecord = z.infer<typeof recordSchema> & { thread: Thread };

const files = readdirSync(dir)
  .filter((name) => /^threads-\d{3}\.jsonl$/.test(name))
  .sort();
const records: DatasetRecord[] = files.flatMap((name) =>
  readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = recordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${name}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    }),
);
const targetOf = (record: DatasetRecord) => findTarget(record.thread);

describe('webcare-threads dataset', () => {
  it('has JSONL files whose every line is a valid record with a valid Thread JSON', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(records.length).toBeGreaterThan(0);
  });

  it('tags every non-target post of a tagged thread with a state that fits its author (brand or customer)', () => {
    const tagged = records.filter((record) => record.postStates !== undefined);
    expect(tagged.length).toBeGreaterThan(records.length / 2);
    for (const record of tagged) {
      const states = record.postStates ?? {};
      const others = record.thread.posts.filter((post) => post.id !== record.thread.targetId);
      expect(Object.keys(states).sort(), record.id).toEqual(others.map((post) => post.id).sort());
      for (const post of others) {
        const allowed = post.isBrand ? ['solve', 'stall', 'neu'] : ['neg', 'neu', 'pos'];
        expect(allowed, `${record.id} ${post.id}`).toContain(states[post.id]);
      }
    }
  });

  it('has unique ids', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('names an existing customer post as target, with brand posts marked by the brand handle or name', () => {
    for (const record of records) {
      const { thread } = record;
      expect(thread.targetId, record.id).toBeDefined();
      const target = thread.posts.find((post) => post.id === thread.targetId);
      expect(target, record.id).toBeDefined();
      expect(target?.isBrand, record.id).toBe(false);
      expect(thread.platform, record.id).toBe(record.platform);
      const brand = thread.brand;
      if (brand && target) expect(isBrandAuthor(target, brand), record.id).toBe(false);
      for (const post of thread.posts) {
        if (brand) expect(post.isBrand, `${record.id} ${post.id}`).toBe(isBrandAuthor(post, brand));
        if (post.parentId !== undefined) {
          const parentIndex = thread.posts.findIndex((p) => p.id === post.parentId);
          expect(parentIndex, `${record.id} ${post.id} parent`).toBeGreaterThanOrEqual(0);
          expect(parentIndex, `${record.id} ${post.id} parent before child`).toBeLessThan(thread.posts.indexOf(post));
        }
      }
    }
  });

  it('has times in reading order', () => {
    for (const record of records) {
      const times = record.thread.posts.flatMap((post) => (post.time ? [Date.parse(post.time)] : []));
      expect(times, record.id).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('pairs have two members with identical target text, opposite sarcasm and the same split', () => {
    const pairs = new Map<string, DatasetRecord[]>();
    for (const record of records) {
      if (record.pair) pairs.set(record.pair, [...(pairs.get(record.pair) ?? []), record]);
    }
    for (const [pair, members] of pairs) {
      expect(members.length, pair).toBe(2);
      const [a, b] = members;
      if (!a || !b) continue;
      expect(targetOf(a)?.text, pair).toBe(targetOf(b)?.text);
      expect(a.sarcastic, pair).toBe(!b.sarcastic);
      expect(a.split, pair).toBe(b.split);
      expect(a.lang, pair).toBe(b.lang);
    }
  });

  it('shares no post text between the train and held-out splits', () => {
    const splitsByText = new Map<string, Set<string>>();
    for (const record of records) {
      for (const post of record.thread.posts) {
        splitsByText.set(post.text, (splitsByText.get(post.text) ?? new Set()).add(record.split));
      }
    }
    const leaked = [...splitsByText].filter(([, splits]) => splits.size > 1).map(([text]) => text);
    expect(leaked).toEqual([]);
  });

  it('meets the minimum counts of issue 3', () => {
    const pairs = new Set(records.flatMap((r) => (r.pair ? [r.pair] : [])));
    const heldoutShare = records.filter((r) => r.split === 'heldout').length / records.length;
    const count = (filter: (r: DatasetRecord) => boolean) => records.filter(filter).length;
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(pairs.size).toBeGreaterThanOrEqual(60);
    expect(count((r) => r.sarcastic && !r.marker)).toBeGreaterThanOrEqual(60);
    expect(count((r) => !r.sarcastic && r.marker)).toBeGreaterThan(0);
    expect(heldoutShare).toBeGreaterThanOrEqual(0.25);
    expect(heldoutShare).toBeLessThanOrEqual(0.35);
    for (const lang of ['nl', 'en'] as const) {
      expect(count((r) => r.lang === lang) / records.length, lang).toBeGreaterThan(0.4);
    }
    for (const platform of ['x', 'facebook', 'linkedin'] as const) {
      expect(
        count((r) => r.platform === platform),
        platform,
      ).toBeGreaterThan(0);
    }
    for (const category of categorySchema.options) {
      expect(
        count((r) => r.category === category),
        category,
      ).toBeGreaterThanOrEqual(category === 'other' ? 25 : 45);
      for (const split of ['train', 'heldout'] as const) {
        expect(
          count((r) => r.category === category && r.split === split),
          `${category} ${split}`,
        ).toBeGreaterThan(0);
      }
    }
  });
});

describe('webcare-threads sources', () => {
  it('the committed JSONL files are exactly what build.ts makes from src/', () => {
    const built = buildDataset();
    expect(built.map(({ file }) => file)).toEqual(files);
    for (const { file, records } of built) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(toJsonl(records));
    }
  });

  it('labels marker exactly when the target contains a listed irony marker', () => {
    for (const record of records) expect(record.marker, record.id).toBe(hasMarker(targetOf(record)?.text ?? ''));
    expect(hasMarker('Goed bezig jongens! 👏')).toBe(true);
    expect(hasMarker('Bedankt hoor!')).toBe(true);
    expect(hasMarker('Yeah right, as if.')).toBe(true);
    expect(hasMarker('Well that was quick.')).toBe(false);
  });

  it('keeps both members of a pair together and holds out about 30% by FNV-1a of the pair or thread id', () => {
    for (const record of records) expect(record.split, record.id).toBe(splitFor(record.pair ?? record.id));
  });
});
