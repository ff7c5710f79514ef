// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { replyControlFor, replyTargetOf } from '../../entrypoints/site-runtime/reply-target';
import type { SiteAdapter } from '../../lib/sites/types';
import type { Thread } from '../../lib/thread/schema';

const adapter = { id: 'x' } as SiteAdapter;
const url = new URL('https://x.com/a/status/1');
const thread: Thread = {
  version: 1,
  platform: 'x',
  posts: [
    { id: 'p1', author: 'A', isBrand: false, text: 'Weer vertraging op de lijn Utrecht–Amersfoort 😤' },
    { id: 'p2', author: 'B', isBrand: true, text: 'Wat vervelend! We zoeken het voor je uit.' },
  ],
};

function page(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

const markup = `
  <div id="list">
    <article id="a1"><span>Weer vertraging op de lijn Utrecht–Amersfoort <img alt="😤"></span>
      <div role="group"><button data-testid="reply" aria-label="3 antwoorden. Beantwoorden">3</button><button id="like">Like</button></div></article>
    <article id="a2"><span>Wat vervelend! We zoeken het voor je uit.</span>
      <div role="group"><button aria-label="Reply">↩</button></div></article>
  </div>`;

describe('replyTargetOf (site-neutral fallback)', () => {
  it('maps a reply control to the one post whose text its article holds', () => {
    const doc = page(markup);
    expect(replyTargetOf(adapter, doc.querySelector('#a1 [data-testid=reply]')!, url, thread)).toBe('p1');
    expect(replyTargetOf(adapter, doc.querySelector('#a2 button')!, url, thread)).toBe('p2');
  });

  it('ignores other controls, and answers nothing without a thread or when two posts are equally near', () => {
    const doc = page(markup);
    expect(replyTargetOf(adapter, doc.querySelector('#like')!, url, thread)).toBeUndefined();
    expect(replyTargetOf(adapter, doc.querySelector('#a1 [data-testid=reply]')!, url, undefined)).toBeUndefined();
    const shared = page(`<div>${thread.posts.map((p) => `<p>${p.text}</p>`).join('')}<button>Reply</button></div>`);
    expect(replyTargetOf(adapter, shared.querySelector('button')!, url, thread)).toBeUndefined();
  });

  it('prefers the adapter’s own answer when it has one', () => {
    const knowing = { ...adapter, replyTargetOf: () => 'from-adapter' } as SiteAdapter;
    expect(replyTargetOf(knowing, page(markup).querySelector('#like')!, url, thread)).toBe('from-adapter');
  });
});

describe('replyControlFor', () => {
  it('finds the page’s reply control of a post, and none for an unknown post', () => {
    const doc = page(markup);
    expect(replyControlFor(adapter, doc, url, thread, 'p2')).toBe(doc.querySelector('#a2 button'));
    expect(replyControlFor(adapter, doc, url, thread, 'p1')?.getAttribute('data-testid')).toBe('reply');
    expect(replyControlFor(adapter, doc, url, thread, 'p9')).toBeUndefined();
  });
});
