/** The agent's selected text as a one-post thread (lib/sites/selection.ts): the fallback when a page cannot be read. */
import type { ReadResult } from '../../lib/messages';
import { readSelection } from '../../lib/sites/selection';

export function selectionThread(text: string, url: string): ReadResult {
  const read = readSelection({ text, url });
  return read.ok ? { ok: true, thread: read.value } : read;
}
