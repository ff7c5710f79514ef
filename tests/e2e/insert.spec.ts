/**
 * Insertion into the sites' REAL editors, built from their npm packages into the fixture pages: Draft.js (X),
 * Lexical (Facebook), Quill 1 and TipTap (LinkedIn). The request travels as the sidebar's does (port → content
 * script → page-world bridge); the editor's own model must hold the text afterwards, and the page stays error-free.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorText,
  htmlPage,
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

  for (const editor of ['quill', 'tiptap'] as const) {
    it(`LinkedIn: ${editor === 'quill' ? 'Quill 1 (legacy) through its API' : 'TipTap (SDUI) through paste'}`, async () => {
      const url = `https://www.linkedin.com/feed/update/urn:li:activity:71000000000000${editor === 'quill' ? 1 : 2}/`;
      const box =
        editor === 'quill'
          ? '<div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"></div></div>'
          : '<div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating comment"></div></div>';
      await ext.server.routeBundle(
        `https://www.linkedin.com/__e2e/${editor}.js`,
        `${__dirname}/pages/${editor === 'quill' ? 'quill-linkedin.ts' : 'tiptap-linkedin.ts'}`,
      );
      ext.server.route(url, htmlPage({ body: `<main>${box}</main>`, scripts: [`/__e2e/${editor}.js`] }));
      const { page, errors } = await ext.openPage(url);
      const sidebar = await ext.sidebarFrame(page);
      // The agent clicks into the reply box first, as on the site.
      await page.locator('[role="textbox"]').click();
      const outcome = await insertFromSidebar(sidebar, reply);
      expect(outcome).toMatchObject({ ok: true, method: editor === 'quill' ? 'quill' : 'paste' });
      expect(flat(await editorText(page))).toBe(flat(reply));
      expect([...errors.pageErrors, ...problemsFromUs(errors, ext.extensionId)]).toEqual([]);
      await page.close();
    });
  }
});
