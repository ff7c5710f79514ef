/**
 * The extension's own pages and paths (issue 2): the first-run page on install, settings that reach the sidebar
 * (UI language), the live draft flowing from the site's composer to the sidebar, an editor that refuses the
 * insertion (the sidebar is told, so it can copy instead), and any other page read through the web mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPage, insertFromSidebar, launchExtension, routeSiteFixture, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('first run and settings', () => {
  it('opens the first-run page on install, saves brand, handles, voice, agent and language', async () => {
    expect(ext.openedOnInstall.some((url) => url.endsWith('/options.html?first-run=1'))).toBe(true);
    const { page, errors } = await ext.openExtensionPage('options.html?first-run=1');
    await page.locator('[data-testid="first-run"]').waitFor();
    await page.fill('input[name="brand-name"]', 'SpoorLinq');
    await page.fill('input[name="handles-x"]', '@SpoorLinq, @SpoorLinqNS');
    await page.fill('input[name="handles-facebook"]', 'SpoorLinq');
    await page.check('input[name="voice"] >> nth=1');
    await page.fill('input[name="agent-first-name"]', 'Mila');
    await page.fill('input[name="agent-initials"]', 'MB');
    await page.selectOption('select[name="ui-language"]', 'nl');
    await page.click('[data-section="general"] button[type="submit"]');
    await page.locator('[data-section="general"] [data-testid="status"]').waitFor();
    const stored = await ext.serviceWorker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return (await api.storage.local.get('settings')).settings;
    });
    expect(stored).toMatchObject({
      configured: true,
      brand: {
        name: 'SpoorLinq',
        voice: 'formal',
        handles: { x: ['@SpoorLinq', '@SpoorLinqNS'], facebook: ['SpoorLinq'] },
      },
      agent: { firstName: 'Mila', initials: 'MB' },
      uiLanguage: 'nl',
    });
    // Saved in Dutch: the page itself switched language.
    expect(await page.locator('[data-section="general"] button[type="submit"]').innerText()).toBe('Opslaan');
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('the sidebar speaks the chosen language and shows the live draft from the site’s composer', async () => {
    const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { scripts: ['draft'] });
    const { page } = await ext.openPage(fixture.url);
    const sidebar = await ext.sidebarFrame(page);
    await sidebar.getByText('Gesprek', { exact: false }).first().waitFor();
    await page.locator('[data-testid="tweetTextarea_0"]').focus();
    await page.keyboard.type('Hoi Anouk, we kijken ernaar.');
    // The draft reaches the sidebar (debounced) and is checked there.
    await sidebar.locator('[data-testid="draft"]').waitFor({ timeout: 5000 });
    expect(await sidebar.locator('[data-testid="draft"]').innerText()).toMatch(/Je concept/);
    await page.close();
  });
});

describe('insertion that does not take', () => {
  it('reports failure (so the sidebar copies to the clipboard) instead of pretending', async () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000009/';
    await ext.server.routeBundle('https://www.linkedin.com/__e2e/refuse.js', `${__dirname}/pages/refusing-editor.ts`);
    ext.server.route(
      url,
      htmlPage({
        body: '<main><div class="comments-comment-box"><div contenteditable="true" role="textbox" aria-label="Text editor for creating content"></div></div></main>',
        scripts: ['/__e2e/refuse.js'],
      }),
    );
    const { page } = await ext.openPage(url);
    const sidebar = await ext.sidebarFrame(page);
    await page.locator('[role="textbox"]').click();
    const outcome = await insertFromSidebar(sidebar, 'Dit komt er niet in.');
    expect(outcome.ok).toBe(false);
    expect(outcome.reason).toBeTruthy();
    expect(await page.locator('[role="textbox"]').innerText()).toBe('');
    await page.close();
  });
});

describe('any other page (web mode)', () => {
  it('reads the article of a tab with Readability and shows it in the sidebar page', async () => {
    const url = 'https://x.com/i/articles/spoorlinq-review';
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraaf ${i + 1}: SpoorLinq reed deze week weer met vertraging tussen Utrecht en Amersfoort, en de reizigers zijn het zat. Geweldig hoor.</p>`,
    ).join('');
    ext.server.route(
      url,
      htmlPage({ title: 'Weer vertraging', body: `<article><h1>Weer vertraging</h1>${paragraphs}</article>` }),
    );
    const { page: article } = await ext.openPage(url);
    const tabId = await ext.serviceWorker.evaluate(async (address) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
        .chrome;
      return (await api.tabs.query({ url: address }))[0]?.id;
    }, url);
    expect(tabId).toBeTypeOf('number');
    const { page, errors } = await ext.openExtensionPage(`sidebar.html?mode=web&tab=${tabId}`);
    await page.locator('[data-post-id="article"], [data-testid="unreadable"]').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.wc-root').innerText()).not.toMatch(/Could not read/);
    expect(await page.locator('[data-post-id="article"]').innerText()).toContain('Paragraaf 6');
    expect(errors.pageErrors).toEqual([]);
    await page.close();
    await article.close();
  });
});
