/** The sidebar speaks the browser's language by default (Dutch for nl-*), before any setting is made. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, routeSiteFixture, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension({ locale: 'nl-NL' });
});
afterAll(async () => {
  await ext?.close();
});

it('a Dutch browser gets a Dutch sidebar', async () => {
  const fixture = await routeSiteFixture(ext.server, 'x/kliktel-quote-en');
  const { page } = await ext.openPage(fixture.url);
  const sidebar = await ext.sidebarFrame(page);
  await sidebar.locator('[data-post-id]').first().waitFor();
  expect(await sidebar.locator('.wc-thread h2').innerText()).toMatch(/^Gesprek/);
  expect(await sidebar.locator('.wc-close').getAttribute('title')).toBe('Sluiten (Alt+Shift+W)');
  await page.close();
});
