import { describe, expect, it } from 'vitest';
import { handleLogRequest, logRequestSchema } from '../../lib/db/requests';
import { handledRecordSchema } from '../../lib/db/records';
import { openTestDb, sampleItem } from './fake-db';

describe('log requests (sidebar → background)', () => {
  it('marks handled, then serves the customer panel and the history for analysis', async () => {
    const db = openTestDb();
    const options = { storeExcerpts: false };
    const marked = await handleLogRequest(
      db,
      logRequestSchema.parse({ type: 'log:mark-handled', input: sampleItem() }),
      options,
    );
    expect(marked.ok).toBe(true);
    if (marked.ok) expect(handledRecordSchema.parse(marked.value)).not.toHaveProperty('excerpt');
    await handleLogRequest(
      db,
      {
        type: 'log:add-note',
        input: { customerKey: 'annelies', text: 'hi', agent: 'A', createdAt: '2026-11-20T09:00:00Z' },
      },
      options,
    );
    const panel = await handleLogRequest(
      db,
      { type: 'log:customer-panel', customerKey: 'annelies', customerName: 'Annelies Meijer' },
      options,
    );
    expect(panel).toMatchObject({
      ok: true,
      value: { history: [{ targetPostId: 'p1', matchedBy: 'key' }], notes: [{ text: 'hi' }] },
    });
    const history = await handleLogRequest(db, { type: 'log:history-for-analysis', customerKey: 'annelies' }, options);
    expect(history).toMatchObject({ ok: true, value: [{ category: 'complaint' }] });
  });

  it('answers invalid input with an error instead of throwing, and rejects unknown requests', async () => {
    const db = openTestDb();
    const bad = await handleLogRequest(
      db,
      { type: 'log:mark-handled', input: { platform: 'myspace' } },
      { storeExcerpts: true },
    );
    expect(bad.ok).toBe(false);
    expect(logRequestSchema.safeParse({ type: 'log:drop-everything' }).success).toBe(false);
    expect(
      await handleLogRequest(
        db,
        { type: 'log:get-correction', platform: 'x', threadUrl: 'u', targetPostId: 'p' },
        { storeExcerpts: true },
      ),
    ).toEqual({ ok: true, value: null });
  });
});
