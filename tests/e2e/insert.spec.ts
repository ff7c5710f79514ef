/**
 * Insertion into the sites' REAL editors, built from their npm packages into the fixture pages: Draft.js (X),
 * Lexical (Facebook), Quill 1 and TipTap (LinkedIn). The request travels as the sidebar's does (port → content
 * script → page-world bridge); the editor's own model must hold the text afterwards, and the page stays error-free.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorText,
  insertFromSidebar,
  launchExtension,
  problemsFromUs,
  routeSiteFixture,
  type Extension,
} from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const reply =
  'Hoi Anouk, wat vervelend dat je weer vaststond 😕\nWe zoeken het uit en laten het je vóór 15.00 uur weten. ^AB';
const flat = (text: string) => text.replace(/\s+/g, '');

describe('insertion', () => {
  it('X: Draft.js takes a multi-line reply into an empty editor, then replaces it, without unmounting', async () => {
    const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { scripts: ['draft'] });
    const { page, errors } = await ext.openPage(fixture.url);
    const sidebar = await ext.sidebarFrame(page);
    expect(await editorText(page)).toBe('');
    const first = await insertFromSidebar(sidebar, reply);
    expect(first).toMatchObject({ ok: true, method: 'paste' });
    expect(await editorText(page)).toBe(reply);
    const second = await insertFromSidebar(sidebar, 'Second version. ^AB');
    expect(second.ok).toBe(true);
    expect(await editorText(page)).toBe('Second version. ^AB');
    // Draft.js still mounted and rendering its model (toolchain.md §4: a bad insert unmounts it).
    expect(flat(await page.locator('[data-testid="tweetTextarea_0"]').innerText())).toBe(flat('Second version. ^AB'));
    expect([...errors.pageErrors, ...problemsFromUs(errors, ext.extensionId)]).toEqual([]);
    await page.close();
  });

  it('Facebook: Lexical takes it through beforeinput, newlines kept as paragraphs', async () => {
    const fixture = await routeSiteFixture(ext.server, 'facebook/spoorlinq-dialog-nl', { scripts: ['lexical'] });
    const { page, errors } = await ext.openPage(fixture.url);
    const sidebar = await ext.sidebarFrame(page);
    expect(await editorText(page)).toBe('');
    const outcome = await insertFromSidebar(sidebar, reply);
    expect(outcome).toMatchObject({ ok: true, method: 'beforeinput' });
    expect(flat(await editorText(page))).toBe(flat(reply));
    // Two lines became two paragraphs in the model's editor.
    expect(await page.locator('[data-lexical-editor="true"] p:has([data-lexical-text])').count()).toBe(2);
    expect([...errors.pageErrors, ...problemsFromUs(errors, ext.extensionId)]).toEqual([]);
    await page.close();
  });

  for (const [editor, name, method] of [
    ['quill', 'linkedin/legacy-kliktel-en', 'quill'],
    ['tiptap', 'linkedin/sdui-detail-spoorlinq-en', 'paste'],
  ] as const) {
    it(`LinkedIn: ${editor === 'quill' ? 'Quill 1 (legacy layout) through its API' : 'TipTap (SDUI layout) through paste'}`, async () => {
      const fixture = await routeSiteFixture(ext.server, name, { scripts: [editor] });
      const { page, errors } = await ext.openPage(fixture.url);
      const sidebar = await ext.sidebarFrame(page);
      expect(await editorText(page)).toBe('');
      // No click first: the adapter finds the reply box itself.
      const outcome = await insertFromSidebar(sidebar, reply);
      expect(outcome).toMatchObject({ ok: true, method });
      expect(flat(await editorText(page))).toBe(flat(reply));
      expect([...errors.pageErrors, ...problemsFromUs(errors, ext.extensionId)]).toEqual([]);
      await page.close();
    });
  }
});
