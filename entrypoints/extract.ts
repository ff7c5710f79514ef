/**
 * Run on demand in a tab (scripting.executeScript from the background, activeTab): the selection, or else the
 * article through @mozilla/readability, as a one-post Thread. Returns a WebCapture; never touches the page.
 */
import { defineUnlistedScript } from '#imports';
import { Readability } from '@mozilla/readability';
import type { WebCapture } from '../lib/messages';

export default defineUnlistedScript((): WebCapture => {
  const url = location.href;
  const title = document.title;
  const selected = getSelection()?.toString().trim() ?? '';
  const post = (id: string, author: string, text: string) => ({ id, author, isBrand: false, text });
  if (selected !== '') {
    return {
      url,
      title,
      source: 'selection',
      read: {
        ok: true,
        thread: { version: 1, platform: 'web', url, posts: [post('selection', '', selected)], targetId: 'selection' },
      },
    };
  }
  try {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    const text = article?.textContent?.replace(/\n\s*\n+/g, '\n').trim() ?? '';
    if (text === '')
      return { url, title, source: 'none', read: { ok: false, reason: 'no article found on this page' } };
    return {
      url,
      title,
      source: 'article',
      read: {
        ok: true,
        thread: {
          version: 1,
          platform: 'web',
          url,
          posts: [post('article', article?.byline ?? article?.siteName ?? '', text.slice(0, 20_000))],
          targetId: 'article',
        },
      },
    };
  } catch (error) {
    return { url, title, source: 'none', read: { ok: false, reason: String(error) } };
  }
});
