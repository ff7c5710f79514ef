import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportLog, handledToCsv, importLog } from '../../lib/db/export';
import { logHandled } from '../../lib/db/log';
import { addNote } from '../../lib/db/notes';
import { saveCorrection } from '../../lib/db/corrections';
import { categorySchema } from '../../lib/analysis/types';
import type { HandledInput } from '../../lib/db/records';
import { openTestDb, sampleItem } from './fake-db';

const text = fc.string({ maxLength: 40 });
const time = fc
  .integer({ min: Date.parse('2025-01-01'), max: Date.parse('2027-01-01') })
  .map((ms) => new Date(ms).toISOString());
const itemArb: fc.Arbitrary<HandledInput> = fc.record(
  {
    platform: fc.constantFrom('x', 'facebook', 'linkedin', 'web'),
    threadUrl: fc.webUrl(),
    targetPostId: fc.string({ minLength: 1, maxLength: 8 }),
    customerName: text,
    customerHandle: fc.stringMatching(/^@?[A-Za-z0-9_]{1,12}$/),
    category: fc.constantFrom(...categorySchema.options),
    sarcastic: fc.boolean(),
    sarcasmCorrected: fc.boolean(),
    categoryCorrected: fc.boolean(),
    entryId: fc.string({ minLength: 1, maxLength: 8 }),
    replyText: text,
    ignoredFindings: fc.uniqueArray(fc.constantFrom('cliche-stock-empathy', 'tone-formality-mismatch')),
    agent: fc.constantFrom('Sam', 'Noor', ''),
    postedAt: time,
    handledAt: time,
    excerpt: text,
    source: fc.constantFrom('marked', 'posted'),
  },
  {
    requiredKeys: [
      'platform',
      'threadUrl',
      'targetPostId',
      'customerName',
      'category',
      'sarcastic',
      'agent',
      'handledAt',
      'ignoredFindings',
    ],
  },
);

describe('export and import', () => {
  it('export → import into an empty database → export is lossless (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(itemArb, { maxLength: 25 }),
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== ''),
            createdAt: time,
          }),
          { maxLength: 5 },
        ),
        async (items, notes) => {
          const source = openTestDb(undefined, `s${Math.random()}`);
          for (const item of items) await logHandled(source, item, { storeExcerpts: true });
          for (const note of notes) {
            await addNote(source, { customerKey: 'k', agent: 'Sam', text: note.text, createdAt: note.createdAt });
          }
          if (items[0]) {
            await saveCorrection(source, {
              platform: items[0].platform,
              threadUrl: items[0].threadUrl,
              targetPostId: items[0].targetPostId,
              customerKey: 'k',
              sarcastic: true,
              createdAt: items[0].handledAt,
            });
          }
          const exported = await exportLog(source, {}, new Date(0));
          const target = openTestDb(undefined, `t${Math.random()}`);
          // Through JSON text, as a file would go.
          await importLog(target, JSON.stringify(exported));
          expect(await exportLog(target, {}, new Date(0))).toEqual(exported);
          // Importing the same file again adds nothing.
          const again = await importLog(target, exported);
          expect(again.added).toEqual({ handled: 0, notes: 0, corrections: 0 });
          expect(await exportLog(target, {}, new Date(0))).toEqual(exported);
          source.close();
          target.close();
        },
      ),
      { numRuns: 30 },
    );
  });

  it('merges two agents’ logs without duplicates', async () => {
    const a = openTestDb(undefined, 'a');
    const b = openTestDb(undefined, 'b');
    await logHandled(a, sampleItem({ targetPostId: 'shared', agent: 'Sam' }), { storeExcerpts: true });
    await logHandled(a, sampleItem({ targetPostId: 'onlyA', agent: 'Sam' }), { storeExcerpts: true });
    await logHandled(b, sampleItem({ targetPostId: 'onlyB', agent: 'Noor' }), { storeExcerpts: true });
    const lead = openTestDb(undefined, 'lead');
    await importLog(lead, await exportLog(a));
    const report = await importLog(lead, await exportLog(b));
    await importLog(lead, await exportLog(a));
    expect(report.added.handled).toBe(1);
    expect((await lead.handled.toArray()).map((row) => row.targetPostId).sort()).toEqual(['onlyA', 'onlyB', 'shared']);
  });

  it('rejects a file with an unknown field, naming it, and changes nothing', async () => {
    const db = openTestDb();
    const file = {
      format: 'webcare-log',
      version: 1,
      exportedAt: new Date().toISOString(),
      handled: [],
      notes: [],
      corrections: [],
      extra: 1,
    };
    await expect(importLog(db, file)).rejects.toThrow(/extra/);
    expect(await db.handled.count()).toBe(0);
  });

  it('exports a filter: period, platform, agent; notes follow the customers', async () => {
    const db = openTestDb();
    await logHandled(db, sampleItem({ targetPostId: '1', handledAt: '2026-11-01T10:00:00Z', postedAt: undefined }), {
      storeExcerpts: true,
    });
    await logHandled(db, sampleItem({ targetPostId: '2', platform: 'facebook' }), { storeExcerpts: true });
    await logHandled(db, sampleItem({ targetPostId: '3', agent: 'Noor', customerHandle: '@jan' }), {
      storeExcerpts: true,
    });
    await addNote(db, { customerKey: 'jan', text: 'x', agent: 'Noor', createdAt: '2026-11-20T09:00:00Z' });
    const filtered = await exportLog(db, { from: '2026-11-10T00:00:00Z', platforms: ['x'] });
    expect(filtered.handled.map((item) => item.targetPostId)).toEqual(['3']);
    expect(filtered.notes).toHaveLength(1);
    const byAgent = await exportLog(db, { agents: ['Sam'] });
    expect(byAgent.handled.map((item) => item.targetPostId).sort()).toEqual(['1', '2']);
    expect(byAgent.notes).toHaveLength(0);
  });

  it('writes CSV with quoting and defuses formulas', () => {
    const csv = handledToCsv([
      {
        uid: 'u',
        platform: 'x',
        threadUrl: 'https://x.com/a',
        targetPostId: 'p1',
        customerKey: 'a',
        customerName: 'Meijer, "A"',
        customerNameKey: 'meijer, "a"',
        category: 'question',
        sarcastic: false,
        ignoredFindings: ['a', 'b'],
        agent: 'Sam',
        handledAt: '2026-11-20T09:00:00.000Z',
        excerpt: '=HYPERLINK("evil")\nline two',
      },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header?.startsWith('handledAt,platform,threadUrl')).toBe(true);
    expect(row).toContain('"Meijer, ""A"""');
    expect(csv).toContain(`"'=HYPERLINK(""evil"")\nline two"`);
    expect(row).toContain(',a b,');
  });
});
