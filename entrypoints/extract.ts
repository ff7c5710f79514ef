/**
 * Run on demand in a tab (scripting.executeScript from the background, with the activeTab grant of the action or
 * the context menu): the selection, or else the article (lib/sites/readability.ts), as a Thread. Returns a
 * WebCapture; reads the page, never changes it.
 */
import { defineUnlistedScript } from '#imports';
import type { WebCapture } from '../lib/messages';
import { readArticle } from '../lib/sites/readability';
import { readSelection } from '../lib/sites/selection';

export default defineUnlistedScript((): WebCapture => {
  const url = location.href;
  const title = document.title;
  const selected = getSelection()?.toString() ?? '';
  if (selected.trim() !== '') {
    const read = readSelection({ text: selected, url, title });
    return { url, title, source: 'selection', read: read.ok ? { ok: true, thread: read.value } : read };
  }
  const read = readArticle(document, new URL(url));
  return { url, title, source: read.ok ? 'article' : 'none', read: read.ok ? { ok: true, thread: read.value } : read };
});
