import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { dbVersions, declareVersions, latestDbVersion, WebcareDb } from '../../lib/db/schema';
import { freshFactory } from './fake-db';

/** Rows as each release wrote them. A new version adds its sample here, so the next migration is tested too. */
const samplesByVersion: Record<number, Record<string, object[]>> = {
  1: {
    phrasebooks: [{ id: 'team', name: 'Team', kind: 'team', updatedAt: '2026-10-01T00:00:00.000Z' }],
    entries: [{ key: 'team/delay', bookId: 'team', id: 'delay', entry: { title: 'Delay' }, updatedAt: '2026-10-01' }],
    handled: [
      v1Handled({ targetPostId: 'p1' }),
      v1Handled({ targetPostId: 'p2', customerKey: 'name:jan de vries', customerName: 'Jan de Vries' }),
      // v1 had no unique key: an exact repeat existed in the wild and must survive.
      v1Handled({ targetPostId: 'p1' }),
    ],
    notes: [
      { customerKey: 'annelies', text: 'Refund promised', agent: 'Sam', createdAt: '2026-10-02T10:00:00.000Z' },
      { customerKey: 'annelies', text: 'Refund promised', agent: 'Sam', createdAt: '2026-10-02T10:00:00.000Z' },
    ],
    corrections: [
      { key: 'x|https://x.com/a/status/1|p1', customerKey: 'annelies', sarcastic: false, createdAt: '2026-10-02' },
    ],
  },
  2: {
    handled: [{ ...v1Handled({ targetPostId: 'p9' }), uid: 'x|u|p9|Sam', customerNameKey: 'annelies meijer' }],
    notes: [{ uid: 'annelies|t|Sam', customerKey: 'annelies', text: 'n', agent: 'Sam', createdAt: 't' }],
  },
};

function v1Handled(overrides: object) {
  return {
    platform: 'x',
    threadUrl: 'https://x.com/annelies/status/1',
    targetPostId: 'p1',
    customerKey: 'annelies',
    customerName: 'Annelies Meijer',
    customerHandle: '@annelies',
    category: 'complaint',
    sarcastic: false,
    ignoredFindings: [],
    agent: 'Sam',
    postedAt: '2026-10-01T08:00:00.000Z',
    handledAt: '2026-10-01T09:00:00.000Z',
    responseMs: 3_600_000,
    ...overrides,
  };
}

const strip = ({ id: _id, ...rest }: { id?: unknown }) => rest;

describe('database migrations', () => {
  it('has a sample for every version and versions in ascending order', () => {
    expect(dbVersions.map((step) => step.version)).toEqual(
      Array.from({ length: latestDbVersion }, (_, index) => index + 1),
    );
    for (const step of dbVersions) expect(samplesByVersion[step.version], `sample for v${step.version}`).toBeDefined();
  });

  for (const step of dbVersions.filter((candidate) => candidate.version < latestDbVersion)) {
    it(`opens a version ${step.version} database with data and loses nothing`, async () => {
      const factory = freshFactory();
      const old = new Dexie('webcare', factory);
      declareVersions(old, step.version);
      await old.open();
      const written: Record<string, object[]> = {};
      for (let version = 1; version <= step.version; version++) {
        for (const [table, rows] of Object.entries(samplesByVersion[version] ?? {})) {
          await old.table(table).bulkAdd(structuredClone(rows));
        }
      }
      for (const table of old.tables) written[table.name] = await table.toArray();
      old.close();

      const db = new WebcareDb('webcare', factory);
      await db.open();
      expect(db.verno).toBe(latestDbVersion);
      for (const [table, before] of Object.entries(written)) {
        const after = await db.table(table).toArray();
        expect(after, table).toHaveLength(before.length);
        // Every old field is still there with its old value (new fields may be added).
        before.forEach((row, index) => expect(after[index], `${table}[${index}]`).toMatchObject(row));
      }
      const handled = await db.handled.toArray();
      expect(new Set(handled.map((row) => row.uid)).size).toBe(handled.length);
      expect(handled.every((row) => row.customerNameKey === row.customerName.toLowerCase())).toBe(true);
      const notes = await db.notes.toArray();
      expect(new Set(notes.map((row) => row.uid)).size).toBe(notes.length);
      // The new indexes work on migrated rows.
      expect(await db.handled.where('customerNameKey').equals('jan de vries').count()).toBe(1);
      expect(await db.notes.where('createdAt').below('2027').count()).toBe(notes.length);
      db.close();
    });
  }

  it('keeps the rows as they were in the database of the current version', async () => {
    const factory = freshFactory();
    const db = new WebcareDb('webcare', factory);
    await db.handled.add(structuredClone(samplesByVersion[2]?.handled?.[0]) as never);
    db.close();
    const reopened = new WebcareDb('webcare', factory);
    expect((await reopened.handled.toArray()).map(strip)).toEqual(samplesByVersion[2]?.handled);
  });
});
