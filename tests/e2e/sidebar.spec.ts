/**
 * The sidebar on the sites (issue 2): it appears under each site's real host name and CSP, reads the thread,
 * switches target, follows in-site navigation, and leaves the page without errors from us.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, problemsFromUs, routeSiteFixture, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('X', () => {
  it("shows the whole thread with the target highlighted, under X's CSP", async () => {
    const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { scripts: ['navigate'] });
    const { page, errors } = await ext.openPage(fixture.url);
    const sidebar = await ext.sidebarFrame(page);
    const posts = sidebar.locator('[data-post-id]');
    await expect.poll(() => posts.count(), { timeout: 10_000 }).toBe(fixture.golden!.posts.length);
    const target = await sidebar.locator('[data-target="true"]').getAttribute('data-post-id');
    expect(target).toBe(fixture.golden!.targetId ?? fixture.golden!.posts.at(-1)!.id);
    expect(problemsFromUs(errors, ext.extensionId)).toEqual([]);
    await page.close();
  });
});
