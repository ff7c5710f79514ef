/**
 * Suggestions in the sidebar go into the site's composer in one keystroke (keys 1–5), and when the editor refuses
 * the text the sidebar copies it to the clipboard and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, launchExtension, routeSiteFixture, useFixtureBrand, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await ext?.close();
});

const flat = (text: string) => text.replace(/\s+/g, '');

describe('suggestions', () => {
  it('key 1 inserts the first ready suggestion into the real Draft.js composer', async () => {
    const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { scripts: ['draft'] });
    await useFixtureBrand(ext, fixture);
    const { page } = await ext.openPage(fixture.url);
    const sidebar = await ext.sidebarFrame(page);
    const ready = sidebar.locator('[data-testid^="suggestion-"]:not([disabled])');
    await ready.first().waitFor({ timeout: 15_000 });
    const key = (await ready.first().getAttribute('data-testid'))!.replace('suggestion-', '');
    const text = await ready.first().locator('.wc-text').innerText();
    await sidebar.locator('.wc-header').click();
    await page.keyboard.press(key);
    await expect.poll(() => editorText(page).then(flat), { timeout: 5000 }).toBe(flat(text));
    await expect.poll(() => sidebar.locator('[data-testid="notice"]').innerText()).toMatch(/Inserted|Ingevoegd/);
    await page.close();
  });

  it('copies to the clipboard and says so when the editor refuses the text', async () => {
    const url = 'https://x.com/anouk_reist/status/2123687286666166274';
    const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { url });
    await ext.server.routeBundle('https://x.com/__e2e/refuse.js', `${__dirname}/pages/refusing-editor.ts`);
    // The fixture with its composer swapped for one that throws every change away.
    ext.server.route(url, fixture.html.replace('</body>', '<script src="/__e2e/refuse.js"></script></body>'));
    const { page } = await ext.openPage(url);
    const sidebar = await ext.sidebarFrame(page);
    const ready = sidebar.locator('[data-testid^="suggestion-"]:not([disabled])');
    await ready.first().waitFor({ timeout: 15_000 });
    const text = await ready.first().locator('.wc-text').innerText();
    await page.locator('[data-testid="tweetTextarea_0"]').focus();
    await ready.first().click();
    const notice = sidebar.locator('[data-testid="notice"]');
    await expect.poll(() => notice.innerText(), { timeout: 8000 }).toMatch(/clipboard|klembord/);
    // The page holds the focus after the attempt, so the clipboard is read there.
    expect(flat(await page.evaluate(() => navigator.clipboard.readText()))).toBe(flat(text));
    await page.close();
  });
});

describe('variables the thread cannot fill', () => {
  it('asks for them in the sidebar and inserts only once filled, never "{name}"', async () => {
    const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { scripts: ['draft'] });
    await useFixtureBrand(ext, fixture);
    const { page } = await ext.openPage(fixture.url);
    const sidebar = await ext.sidebarFrame(page);
    const field = sidebar.locator('[data-testid^="fill-"]').first();
    await field.waitFor({ timeout: 15_000 });
    const index = (await field.getAttribute('data-testid'))!.split('-')[1];
    const button = sidebar.locator(`[data-testid="suggestion-${index}"]`);
    expect(await button.isDisabled()).toBe(true);
    await field.fill('15.00 uur');
    expect(await button.isDisabled()).toBe(false);
    await button.click();
    await expect.poll(() => editorText(page), { timeout: 5000 }).toContain('15.00 uur');
    expect(await editorText(page)).not.toMatch(/\{\w+\}/);
    await page.close();
  });
});
