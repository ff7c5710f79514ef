import { describe, expect, it } from 'vitest';
import { getCorrection, saveCorrection } from '../../lib/db/corrections';
import { openTestDb } from './fake-db';

const at = { platform: 'x' as const, threadUrl: 'https://x.com/a/status/1', targetPostId: 'p3' };

describe('corrections', () => {
  it('stores a correction per thread + target and shows it next time; later fields add up', async () => {
    const db = openTestDb();
    expect(await getCorrection(db, at)).toBeUndefined();
    await saveCorrection(db, { ...at, customerKey: 'a', sarcastic: false, createdAt: '2026-11-20T09:00:00Z' });
    await saveCorrection(db, { ...at, customerKey: 'a', category: 'question', createdAt: '2026-11-20T10:00:00Z' });
    expect(await getCorrection(db, at)).toEqual({
      key: 'x|https://x.com/a/status/1|p3',
      customerKey: 'a',
      sarcastic: false,
      category: 'question',
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    expect(await getCorrection(db, { ...at, targetPostId: 'p4' })).toBeUndefined();
    await expect(
      saveCorrection(db, { ...at, customerKey: 'a', category: 'rant' as never, createdAt: '2026-11-20T10:00:00Z' }),
    ).rejects.toThrow();
  });
});
