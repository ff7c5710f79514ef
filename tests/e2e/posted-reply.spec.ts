/**
 * The posted-reply path of the log (issue 6): a suggestion inserted from the sidebar into X's real Draft.js composer
 * is logged by itself, with source "posted", once the site has sent it — the composer is empty again and the brand's
 * reply shows as a new cell in the conversation — and only then: an emptied composer alone logs nothing, and X
 * re-rendering the list afterwards logs no second item.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editorText, launchExtension, problemsFromUs, routeSiteFixture, setSettings, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const flat = (text: string) => text.replace(/\s+/g, '');

interface LoggedRow {
  threadUrl: string;
  targetPostId: string;
  source?: string;
  replyText?: string;
}

/** Every row of the handled log, read in the extension's own origin (the insights page's IndexedDB). */
async function loggedRows(): Promise<LoggedRow[]> {
  const insights = await ext.openExtensionPage('insights.html');
  await insights.page.locator('[data-testid="kpi-count"]').waitFor({ timeout: 15_000 });
  const rows = await insights.page.evaluate(
    () =>
      new Promise<LoggedRow[]>((resolve, reject) => {
        const open = indexedDB.open('webcare');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('handled').objectStore('handled').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as LoggedRow[]);
          };
        };
      }),
  );
  await insights.page.close();
  return rows;
}

/** The fixture thread with the posting page script, the brand configured, a suggestion inserted from the sidebar. */
async function openAndInsert(): Promise<{ page: Page; text: string; url: string; targetId: string; brand: string }> {
  const url = 'https://x.com/anouk_reist/status/2123687286666166274';
  const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl');
  await ext.server.routeBundle('https://x.com/__e2e/draft-x-posting.js', `${__dirname}/pages/draft-x-posting.tsx`);
  ext.server.route(url, fixture.html.replace('</body>', '<script src="/__e2e/draft-x-posting.js"></script></body>'));
  const brand = fixture.brand?.handles?.[0] ?? '@SpoorLinq';
  await setSettings(ext, {
    configured: true,
    brand: { name: fixture.brand?.name ?? 'SpoorLinq', handles: { x: [brand], facebook: [], linkedin: [] } },
    agent: { firstName: 'Anna', initials: 'AB' },
  });
  const { page, errors } = await ext.openPage(url);
  const sidebar = await ext.sidebarFrame(page);
  const ready = sidebar.locator('[data-testid^="suggestion-"]:not([disabled])');
  await ready.first().waitFor({ timeout: 15_000 });
  const text = await ready.first().locator('.wc-text').innerText();
  await page.locator('[data-testid="tweetTextarea_0"]').focus();
  await ready.first().click();
  await expect.poll(() => editorText(page).then(flat), { timeout: 5000 }).toBe(flat(text));
  await expect.poll(() => sidebar.locator('[data-testid="notice"]').innerText()).toMatch(/Inserted|Ingevoegd/);
  expect(problemsFromUs(errors, ext.extensionId)).toEqual([]);
  return { page, text, url, targetId: '2123687286666166274', brand };
}

it('logs nothing when the composer is emptied but no brand reply appears', async () => {
  const { page } = await openAndInsert();
  const sidebar = await ext.sidebarFrame(page);
  await page.evaluate(() => window.__e2eClearComposer!());
  await expect.poll(() => editorText(page)).toBe('');
  await page.waitForTimeout(1500); // a few refresh rounds of the content script (200 ms throttle, 300 ms debounce)
  expect(await sidebar.locator('[data-testid="mark-handled"]').isDisabled()).toBe(false);
  expect(await loggedRows()).toEqual([]);
  await page.close();
});

it('logs the item with source "posted" once the site posts the inserted reply, and only once', async () => {
  const { page, text, url, targetId, brand } = await openAndInsert();
  const sidebar = await ext.sidebarFrame(page);
  const postedId = await page.evaluate((handle) => window.__e2ePostReply!(handle), brand);
  await expect.poll(() => editorText(page)).toBe('');
  // The sidebar re-read the thread: the brand's new reply is one of its posts.
  await expect.poll(() => sidebar.locator(`[data-post-id="${postedId}"]`).count(), { timeout: 10_000 }).toBe(1);
  await expect
    .poll(() => sidebar.locator('[data-testid="handled-status"]').textContent(), { timeout: 10_000 })
    .toMatch(/posted and logged|geplaatst en gelogd/i);
  await expect.poll(() => sidebar.locator('[data-testid="mark-handled"]').isDisabled()).toBe(true);

  // X re-renders the list (every cell a new element): the same reply is not logged again.
  await page.evaluate(() => window.__e2eRerender!());
  await page.waitForTimeout(1500);
  expect(await sidebar.locator(`[data-post-id="${postedId}"]`).count()).toBe(1);

  const rows = await loggedRows();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ threadUrl: url, targetPostId: targetId, source: 'posted' });
  expect(flat(rows[0]?.replyText ?? '')).toBe(flat(text));
  await page.close();
});

declare global {
  interface Window {
    __e2eClearComposer?: () => void;
    __e2ePostReply?: (handle: string) => string;
    __e2eRerender?: () => void;
  }
}
