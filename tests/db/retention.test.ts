import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { purgeExpired, retentionCutoff } from '../../lib/db/retention';
import { logHandled } from '../../lib/db/log';
import { addNote } from '../../lib/db/notes';
import { openTestDb, sampleItem } from './fake-db';

const now = new Date('2026-11-25T12:00:00Z');
const dayMs = 86_400_000;

describe('retention', () => {
  it('deletes exactly the rows older than N days; the boundary instant stays', async () => {
    const db = openTestDb();
    const cutoff = retentionCutoff(30, now).getTime();
    const times = [cutoff - dayMs, cutoff - 1, cutoff, cutoff + 1, now.getTime()];
    for (const [index, time] of times.entries()) {
      await logHandled(db, sampleItem({ targetPostId: `t${index}`, handledAt: new Date(time).toISOString() }), {
        storeExcerpts: true,
      });
      await addNote(db, { customerKey: 'k', text: `n${index}`, agent: 'A', createdAt: new Date(time).toISOString() });
    }
    const report = await purgeExpired(db, 30, now);
    expect(report).toMatchObject({ handled: 2, notes: 2, corrections: 0 });
    expect((await db.handled.toArray()).map((row) => row.targetPostId).sort()).toEqual(['t2', 't3', 't4']);
    expect((await db.notes.toArray()).map((row) => row.text).sort()).toEqual(['n2', 'n3', 'n4']);
  });

  it('keeps everything when retention is 0', async () => {
    const db = openTestDb();
    await logHandled(db, sampleItem({ handledAt: '2000-01-01T00:00:00Z', postedAt: undefined }), {
      storeExcerpts: true,
    });
    expect(await purgeExpired(db, 0, now)).toBeNull();
    expect(await db.handled.count()).toBe(1);
  });

  it('removes exactly the due set for random ages and periods (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 400 * 24 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 365 }),
        async (agesInHours, days) => {
          const db = openTestDb(undefined, `r${Math.random()}`);
          for (const [index, age] of agesInHours.entries()) {
            const handledAt = new Date(now.getTime() - age * 3_600_000).toISOString();
            await logHandled(db, sampleItem({ targetPostId: `i${index}`, handledAt, postedAt: undefined }), {
              storeExcerpts: true,
            });
          }
          await purgeExpired(db, days, now);
          const expected = agesInHours
            .map((age, index) => ({ age, id: `i${index}` }))
            .filter(({ age }) => age * 3_600_000 <= days * dayMs)
            .map(({ id }) => id)
            .sort();
          expect((await db.handled.toArray()).map((row) => row.targetPostId).sort()).toEqual(expected);
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});
