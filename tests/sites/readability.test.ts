// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/sites/readability';

const page = (body: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Review: RivierBank app</title><meta property="article:published_time" content="2026-11-02T10:00:00+01:00"></head><body>${body}</body></html>`,
    'text/html',
  );

const story = `<nav><a href="/">Home</a></nav><article><h1>Review: RivierBank app</h1><p class="byline">Door Tom de Groot</p>
<p>De nieuwe app van RivierBank ziet er strak uit, maar de helft van de functies zit verstopt achter drie menu's. Een pinpas blokkeren kostte me vijf minuten zoeken.</p>
<p>Positief: de klantenservice reageerde via LinkedIn binnen een uur en legde precies uit waar ik moest zijn. Dat zou ik in de app zelf willen zien.</p></article>`;

describe('readArticle', () => {
  it('gives the article as one web post, paragraphs kept, the document left untouched', () => {
    const document = page(story);
    const before = document.body.textContent;
    const result = readArticle(document, new URL('https://blog.example/rivierbank-review'));
    expect(document.body.textContent).toBe(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      version: 1,
      platform: 'web',
      url: 'https://blog.example/rivierbank-review',
      targetId: 'article',
    });
    const [post] = result.value.posts;
    expect(post?.id).toBe('article');
    expect(post?.time).toBe('2026-11-02T09:00:00.000Z');
    expect(post?.text.split('\n')[0]).toBe('Review: RivierBank app');
    expect(post?.text).toContain('Een pinpas blokkeren kostte me vijf minuten zoeken.\nPositief:');
    expect(post?.text).not.toContain('Home');
  });

  it('fails with a reason on a page without an article', () => {
    const result = readArticle(page('<nav><a href="/">Home</a></nav><p>Kort.</p>'), new URL('https://a.example/'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^No article found on this page/);
  });
});
