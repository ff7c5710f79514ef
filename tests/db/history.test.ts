import { describe, expect, it } from 'vitest';
import { customerHistory, historyForAnalysis, wasContactedBefore } from '../../lib/db/history';
import { logHandled } from '../../lib/db/log';
import { customerHistoryItemSchema } from '../../lib/analysis/types';
import { openTestDb, sampleItem } from './fake-db';

describe('customer history', () => {
  it('lists earlier items across platforms, newest first, marking how each matched', async () => {
    const db = openTestDb();
    const opts = { storeExcerpts: true };
    await logHandled(
      db,
      sampleItem({ targetPostId: '1', handledAt: '2026-11-01T09:00:00Z', postedAt: undefined }),
      opts,
    );
    await logHandled(db, sampleItem({ targetPostId: '2', category: 'question', replyText: 'Check the app' }), opts);
    await logHandled(
      db,
      sampleItem({
        platform: 'linkedin',
        customerHandle: undefined,
        threadUrl: 'l',
        handledAt: '2026-11-22T09:00:00Z',
      }),
      opts,
    );
    // A first-name-only match is not trusted across platforms.
    await logHandled(
      db,
      sampleItem({ customerName: 'Annelies', customerHandle: undefined, threadUrl: 'f', platform: 'facebook' }),
      opts,
    );
    const history = await customerHistory(db, { customerKey: 'annelies', customerName: 'Annelies Meijer' });
    expect(history.map((item) => `${item.platform} ${item.targetPostId} ${item.matchedBy}`)).toEqual([
      'linkedin p1 name',
      'x 2 key',
      'x 1 key',
    ]);
    expect(wasContactedBefore(history, { threadUrl: 'https://x.com/annelies/status/1', targetPostId: '2' })).toBe(true);
    expect(wasContactedBefore([], undefined)).toBe(false);
    const single = await customerHistory(db, { customerKey: 'annelies' });
    expect(
      wasContactedBefore(single.slice(0, 1), {
        threadUrl: single[0]!.threadUrl,
        targetPostId: single[0]!.targetPostId,
      }),
    ).toBe(false);
  });

  it('gives analyze() the customer’s items oldest first in the CustomerHistoryItem shape', async () => {
    const db = openTestDb();
    await logHandled(
      db,
      sampleItem({ targetPostId: 'b', handledAt: '2026-11-21T09:00:00Z', postedAt: undefined, replyText: 'Sorry' }),
      { storeExcerpts: true },
    );
    await logHandled(db, sampleItem({ targetPostId: 'a' }), { storeExcerpts: true });
    const items = await historyForAnalysis(db, 'annelies');
    expect(items).toEqual([
      {
        platform: 'x',
        threadUrl: 'https://x.com/annelies/status/1',
        handle: '@Annelies',
        category: 'complaint',
        time: '2026-11-20T08:00:00.000Z',
      },
      {
        platform: 'x',
        threadUrl: 'https://x.com/annelies/status/1',
        handle: '@Annelies',
        category: 'complaint',
        time: '2026-11-21T09:00:00.000Z',
        reply: 'Sorry',
      },
    ]);
    for (const item of items) customerHistoryItemSchema.parse(item);
    expect(await historyForAnalysis(db, 'nobody')).toEqual([]);
  });
});
