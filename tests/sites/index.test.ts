// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '../../lib/sites/index';
import { fixturePages, parsePage } from './fixture-pages';

describe('adapterFor', () => {
  it.each([
    ['https://x.com/a/status/1', 'x'],
    ['https://twitter.com/a/status/1', 'x'],
    ['https://mobile.x.com/a', 'x'],
    ['https://www.facebook.com/KlikTel/posts/1', 'facebook'],
    ['https://web.facebook.com/', 'facebook'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://notx.com/a/status/1', undefined],
    ['https://example.com/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(url)?.id).toBe(id);
  });
});

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s adapter conventions', (id, adapter) => {
  const pages = fixturePages(id);

  it('has at least three readable fixtures with goldens and a page it must refuse', () => {
    expect(pages.filter((page) => page.golden.ok).length).toBeGreaterThanOrEqual(3);
    expect(pages.some((page) => !page.golden.ok)).toBe(true);
  });

  it('every synthetic fixture carries the composer, so e2e can mount a real editor there', () => {
    const synthetic = pages.filter((page) => page.html.includes('Synthetic fixture'));
    expect(synthetic.length).toBeGreaterThanOrEqual(4);
    for (const page of synthetic) {
      const composer = parsePage(page.html).querySelector(
        '[contenteditable="true"][role="textbox"]',
      ) as HTMLElement | null;
      expect(composer, page.name).not.toBeNull();
      if (page.golden.ok) expect(adapter.findComposer(parsePage(page.html)), page.name).not.toBeNull();
    }
  });

  it('every selector is valid CSS and every list is non-empty', () => {
    const document = parsePage('<main></main>');
    for (const [name, list] of Object.entries(adapter.selectors)) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const selector of list) expect(() => document.querySelectorAll(selector), selector).not.toThrow();
    }
  });

  it('marks its thread pages by the fixtures addresses', () => {
    for (const page of pages.filter((candidate) => candidate.golden.ok)) {
      expect(adapter.isThreadPage(page.url), page.name).toBe(true);
    }
  });
});
