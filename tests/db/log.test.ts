import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { logHandled, StorageFullError, buildHandledRecord } from '../../lib/db/log';
import { freshFactory, openTestDb, sampleItem } from './fake-db';

describe('logHandled', () => {
  it('stores the item with derived keys and the response time', async () => {
    const db = openTestDb();
    const stored = await logHandled(db, sampleItem(), { storeExcerpts: true });
    expect(stored).toMatchObject({
      uid: 'x|https://x.com/annelies/status/1|p1|Sam',
      customerKey: 'annelies',
      customerNameKey: 'annelies meijer',
      responseMs: 45 * 60 * 1000,
      excerpt: 'Mijn trein is weer te laat',
      handledAt: '2026-11-20T08:45:00.000Z',
    });
    expect(await db.handled.count()).toBe(1);
  });

  it('keys a customer without a handle by name and normalises times with offsets to UTC', () => {
    const record = buildHandledRecord(
      sampleItem({ platform: 'facebook', customerHandle: undefined, handledAt: '2026-11-20T10:00:00+01:00' }),
      { storeExcerpts: true },
    );
    expect(record.customerKey).toBe('name:annelies meijer');
    expect(record.handledAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('drops the excerpt when excerpts are not to be stored', async () => {
    const db = openTestDb();
    await logHandled(db, sampleItem(), { storeExcerpts: false });
    const [row] = await db.handled.toArray();
    expect(row).toBeDefined();
    expect(row).not.toHaveProperty('excerpt');
  });

  it('rejects invalid input (zod) and stores nothing', async () => {
    const db = openTestDb();
    await expect(
      logHandled(db, { ...sampleItem(), category: 'angry' } as never, { storeExcerpts: true }),
    ).rejects.toThrow(/category/);
    await expect(logHandled(db, { ...sampleItem(), extra: 1 } as never, { storeExcerpts: true })).rejects.toThrow();
    expect(await db.handled.count()).toBe(0);
  });

  it('merges the button and the posted detection for the same item, keeping the first handled time', async () => {
    const db = openTestDb();
    await logHandled(db, sampleItem({ handledAt: '2026-11-20T09:00:00Z', source: 'marked' }), { storeExcerpts: true });
    const merged = await logHandled(
      db,
      sampleItem({ handledAt: '2026-11-20T08:50:00Z', source: 'posted', replyText: 'Sorry!', entryId: 'delay' }),
      { storeExcerpts: true },
    );
    expect(await db.handled.count()).toBe(1);
    expect(merged).toMatchObject({ handledAt: '2026-11-20T08:50:00.000Z', replyText: 'Sorry!', entryId: 'delay' });
    expect(merged.responseMs).toBe(50 * 60 * 1000);
  });

  it('loses nothing when two tabs (two Dexie instances) log at the same time', async () => {
    const factory = freshFactory();
    const tabA = openTestDb(factory, 'shared');
    const tabB = openTestDb(factory, 'shared');
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 150; i++) {
      writes.push(logHandled(tabA, sampleItem({ targetPostId: `a${i}`, agent: 'A' }), { storeExcerpts: true }));
      writes.push(logHandled(tabB, sampleItem({ targetPostId: `b${i}`, agent: 'B' }), { storeExcerpts: true }));
      // Both tabs record the same item (same agent, same post): one row, not two, and no failure.
      writes.push(logHandled(tabA, sampleItem({ targetPostId: `s${i}` }), { storeExcerpts: true }));
      writes.push(logHandled(tabB, sampleItem({ targetPostId: `s${i}` }), { storeExcerpts: true }));
    }
    await Promise.all(writes);
    const third = openTestDb(factory, 'shared');
    expect(await third.handled.count()).toBe(450);
    expect(await third.handled.where('agent').equals('A').count()).toBe(150);
    expect(await third.handled.where('agent').equals('B').count()).toBe(150);
  });

  it('reports a full disk clearly and keeps what was stored before', async () => {
    const db = openTestDb();
    let full = false;
    const quota: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              full && request.type !== 'delete'
                ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
                : table.mutate(request),
          };
        },
      }),
    };
    db.use(quota);
    await logHandled(db, sampleItem({ targetPostId: 'kept' }), { storeExcerpts: true });
    full = true;
    const failure = logHandled(db, sampleItem({ targetPostId: 'lost' }), { storeExcerpts: true });
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(/disk is full.*still there/);
    full = false;
    const rows = await db.handled.toArray();
    expect(rows.map((row) => row.targetPostId)).toEqual(['kept']);
  });
});

describe('logHandled return value', () => {
  it('returns the record as stored, without the local id (valid against the record schema)', async () => {
    const { handledRecordSchema } = await import('../../lib/db/records');
    const db = openTestDb();
    const stored = await logHandled(db, sampleItem(), { storeExcerpts: true });
    expect(() => handledRecordSchema.parse(stored)).not.toThrow();
  });
});
