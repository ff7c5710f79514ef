/**
 * The log end to end (issue 6): on a fixture X thread the agent marks the item handled in the sidebar, leaves a
 * note, and finds the item in the insights page — all stored in the extension's own IndexedDB.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, problemsFromUs, routeSiteFixture, setSettings, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

it('marks an item handled on a fixture thread and finds it in the insights page', async () => {
  const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl');
  await setSettings(ext, {
    configured: true,
    brand: {
      name: fixture.brand?.name ?? 'SpoorLinq',
      handles: { x: fixture.brand?.handles ?? [], facebook: [], linkedin: [] },
      voice: 'informal',
    },
    agent: { firstName: 'Anna', initials: 'AB' },
  });
  const { page, errors } = await ext.openPage(fixture.url);
  const sidebar = await ext.sidebarFrame(page);
  const button = sidebar.locator('[data-testid="mark-handled"]');
  await button.waitFor({ timeout: 15_000 });
  expect(await sidebar.locator('[data-testid="contacted-before"]').count()).toBe(0);
  await button.click();
  await expect
    .poll(() => sidebar.locator('[data-testid="handled-status"]').textContent(), { timeout: 10_000 })
    .toMatch(/handled/i);
  await expect.poll(() => button.isDisabled()).toBe(true);

  await sidebar.locator('[data-testid="note-input"]').fill('Called back, refund promised');
  await sidebar.locator('[data-testid="note-input"]').press('Enter');
  await sidebar.locator('form button[type="submit"]').last().click();
  await expect
    .poll(() => sidebar.locator('[data-testid="customer-note"]').first().textContent(), { timeout: 10_000 })
    .toContain('refund promised');
  expect(problemsFromUs(errors, ext.extensionId)).toEqual([]);

  const insights = await ext.openExtensionPage('insights.html');
  const count = insights.page.locator('[data-testid="kpi-count"]');
  await count.waitFor({ timeout: 15_000 });
  expect(await count.textContent()).toBe('1');
  // The heatmap has exactly one hour with volume, and the categories chart names the item's category.
  await expect
    .poll(() => insights.page.locator('.wc-heatmap-cell[style*="background"]').count(), { timeout: 5_000 })
    .toBe(1);
  const categories = await insights.page.locator('[data-testid="chart-categories"]').getAttribute('aria-label');
  expect(categories).toMatch(/: 1/);
  // Filtering on the item's platform keeps it.
  await insights.page.locator('select[name="platform"]').selectOption({ label: 'x' });
  expect(await count.textContent()).toBe('1');
  expect(insights.errors.pageErrors).toEqual([]);
});

it('finds the person in the privacy options, erases them after confirmation, and insights is empty', async () => {
  const options = await ext.openExtensionPage('options.html');
  const section = options.page.locator('[data-testid="privacy-section"]');
  await section.waitFor({ timeout: 15_000 });
  await section.locator('[data-testid="person-query"]').fill('@anouk_reist');
  await section.getByRole('button', { name: /^find$|^zoeken$/i }).click();
  const report = section.locator('[data-testid="person-report"]');
  await report.waitFor({ timeout: 10_000 });
  expect(await report.textContent()).toMatch(/^1 items, 1 notes/);
  options.page.once('dialog', (dialog) => void dialog.accept());
  await report.getByRole('button').click();
  await expect
    .poll(() => section.locator('[data-testid="privacy-status"]').textContent(), { timeout: 10_000 })
    .toMatch(/Erased: 1 items, 1 notes/);

  const insights = await ext.openExtensionPage('insights.html');
  await insights.page.locator('[data-testid="kpi-count"]').waitFor({ timeout: 15_000 });
  expect(await insights.page.locator('[data-testid="kpi-count"]').textContent()).toBe('0');
  expect(await insights.page.locator('[data-testid="insights-empty"]').count()).toBe(1);
});
