import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logHandled } from '../../lib/db/log';
import { addNote } from '../../lib/db/notes';
import { saveCorrection } from '../../lib/db/corrections';
import { deleteEverything, findPerson, forgetPerson } from '../../lib/db/forget';
import type { WebcareDb } from '../../lib/db/schema';
import { openTestDb, sampleItem } from './fake-db';

async function fill(db: WebcareDb) {
  const opts = { storeExcerpts: true };
  // Annelies: handle on X, name only on Facebook and LinkedIn.
  await logHandled(db, sampleItem({ targetPostId: 'x1' }), opts);
  await logHandled(db, sampleItem({ targetPostId: 'x2', handledAt: '2026-11-21T10:00:00Z' }), opts);
  await logHandled(
    db,
    sampleItem({ platform: 'facebook', customerHandle: undefined, threadUrl: 'https://www.facebook.com/p/1' }),
    opts,
  );
  await logHandled(
    db,
    sampleItem({ platform: 'linkedin', customerHandle: undefined, customerName: 'annelies  MEIJER', threadUrl: 'l' }),
    opts,
  );
  // Others, including a near-miss name and a handle that only starts the same.
  await logHandled(
    db,
    sampleItem({ customerName: 'Annelies Jansen', customerHandle: '@ajansen', targetPostId: 'o1' }),
    opts,
  );
  await logHandled(db, sampleItem({ customerName: 'Piet', customerHandle: '@annelies2', targetPostId: 'o2' }), opts);
  await addNote(db, {
    customerKey: 'annelies',
    text: 'Refund promised',
    agent: 'Sam',
    createdAt: '2026-11-20T09:00:00Z',
  });
  await addNote(db, {
    customerKey: 'name:annelies meijer',
    text: 'Called',
    agent: 'Sam',
    createdAt: '2026-11-20T09:01:00Z',
  });
  await addNote(db, {
    customerKey: 'annelies2',
    text: 'Other person',
    agent: 'Sam',
    createdAt: '2026-11-20T09:02:00Z',
  });
  await saveCorrection(db, {
    platform: 'x',
    threadUrl: 'https://x.com/annelies/status/1',
    targetPostId: 'x1',
    customerKey: 'annelies',
    sarcastic: true,
    createdAt: '2026-11-20T09:00:00Z',
  });
}

async function everything(db: WebcareDb): Promise<string> {
  const tables = await Promise.all([db.handled.toArray(), db.notes.toArray(), db.corrections.toArray()]);
  return JSON.stringify(tables).toLowerCase();
}

describe('forgetting a person', () => {
  it('finds the person by handle across platforms (same name) and reports without deleting', async () => {
    const db = openTestDb();
    await fill(db);
    const report = await findPerson(db, '@Annelies');
    expect(report.handled).toHaveLength(4);
    expect(report.notes).toBe(2);
    expect(report.corrections).toBe(1);
    expect(report.customerKeys.sort()).toEqual(['annelies', 'name:annelies meijer']);
    expect(await db.handled.count()).toBe(6);
  });

  it('erases every item, note and correction of the person, found by name, and nothing else', async () => {
    const db = openTestDb();
    await fill(db);
    const report = await forgetPerson(db, 'Annelies Meijer');
    expect(report.handled).toHaveLength(4);
    expect(report.notes).toBe(2);
    expect(report.corrections).toBe(1);
    const left = await everything(db);
    expect(left).not.toMatch(/annelies meijer|"annelies"|name:annelies meijer|"@annelies"/);
    expect(left).not.toContain('annelies/status/1|x1');
    expect(await db.handled.count()).toBe(2);
    expect(await db.notes.count()).toBe(1);
  });

  it('leaves nothing of an arbitrary person in any table (property)', async () => {
    const handle = fc.stringMatching(/^[a-z][a-z0-9_]{2,10}$/);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(handle, { minLength: 2, maxLength: 6 }), fc.nat(), async (handles, pick) => {
        const db = openTestDb(undefined, `p${Math.random()}`);
        for (const [index, h] of handles.entries()) {
          for (let post = 0; post < 3; post++) {
            await logHandled(
              db,
              sampleItem({ customerHandle: `@${h}`, customerName: `Person ${h}`, targetPostId: `${index}-${post}` }),
              { storeExcerpts: true },
            );
          }
          await addNote(db, { customerKey: h, text: 'n', agent: 'A', createdAt: '2026-11-20T09:00:00Z' });
        }
        const victim = handles[pick % handles.length] ?? '';
        await forgetPerson(db, `@${victim}`);
        const rows = [...(await db.handled.toArray()), ...(await db.notes.toArray())];
        expect(rows.some((row) => row.customerKey === victim)).toBe(false);
        expect(await db.handled.count()).toBe((handles.length - 1) * 3);
        db.close();
      }),
      { numRuns: 15 },
    );
  });

  it('deletes everything but phrasebooks and reports counts', async () => {
    const db = openTestDb();
    await fill(db);
    await db.phrasebooks.add({ id: 'team', name: 'Team', kind: 'team', updatedAt: 'now' });
    expect(await deleteEverything(db)).toEqual({ handled: 6, notes: 3, corrections: 1 });
    expect(await everything(db)).toBe('[[],[],[]]');
    expect(await db.phrasebooks.count()).toBe(1);
  });
});
