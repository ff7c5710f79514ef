/** The agent's selected text as a one-post thread: the fallback when a page cannot be read. */
import type { ReadResult } from '../../lib/messages';

export function selectionThread(text: string, url: string): ReadResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'nothing selected' };
  return {
    ok: true,
    thread: {
      version: 1,
      platform: 'web',
      ...(url ? { url } : {}),
      posts: [{ id: 'selection', author: '', isBrand: false, text: trimmed }],
      targetId: 'selection',
    },
  };
}
