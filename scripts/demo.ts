/**
 * `npm run demo`: build the extension, serve the demo thread pages (the site fixtures, under their real host names
 * and CSPs), and open Chromium with the extension loaded on an X conversation. With a display it stays open until
 * Ctrl+C; without one ($DISPLAY unset) it runs headless, saves a screenshot of the sidebar and prints its path.
 *
 *   npm run demo                     # build + open (or screenshot when headless)
 *   npm run demo -- --no-build       # reuse .output/chrome-mv3
 *   npm run demo -- --out file.png   # where the headless screenshot goes (default docs/screenshots/sidebar-x.png)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { builtManifest, launchExtension, repoRoot, routeSiteFixture, useFixtureBrand } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(
  outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : join(repoRoot, 'docs/screenshots/sidebar-x.png'),
);
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !args.includes('--headless');

if (!args.includes('--no-build')) {
  console.error('Building the extension (wxt build)…');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'pipe' });
  } catch (error) {
    // Quiet on success (vite's chunk-size notes are not for a newcomer); everything on failure.
    console.error(
      String((error as { stdout?: Buffer }).stdout ?? ''),
      String((error as { stderr?: Buffer }).stderr ?? ''),
    );
    process.exit(1);
  }
}

const resources = (builtManifest().web_accessible_resources ?? []) as { resources?: string[] }[];
if (!resources.some((entry) => entry.resources?.includes('sidebar.html'))) {
  console.error('The build does not expose sidebar.html to the sites (web_accessible_resources in wxt.config.ts):');
  console.error('Chromium will refuse the sidebar frame. See tests/e2e/README.md.');
  process.exit(1);
}

const ext = await launchExtension({ headed, viewport: { width: 1360, height: 860 } });
const demo = {
  x: await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { scripts: ['draft'] }),
  twitter: await routeSiteFixture(ext.server, 'x/kliktel-quote-en', { scripts: ['draft'] }),
  facebook: await routeSiteFixture(ext.server, 'facebook/kliktel-permalink-en', { scripts: ['lexical'] }),
};
await useFixtureBrand(ext, demo.x);
// A plain X-like look for the X demo page (the fixtures carry no site CSS); served same-origin for the CSP.
ext.server.route('https://x.com/__e2e/demo-x.css', {
  body: readFileSync(join(repoRoot, 'tests/e2e/pages/demo-x.css')),
  contentType: 'text/css',
});
ext.server.route(demo.x.url, demo.x.html.replace('</head>', '<link rel="stylesheet" href="/__e2e/demo-x.css"></head>'));

const { page } = await ext.openPage(demo.x.url);
const sidebar = await ext.sidebarFrame(page, 15_000);
await sidebar.locator('[data-post-id]').first().waitFor({ timeout: 15_000 });

if (headed) {
  console.log('Chromium is open with the extension on demo thread pages (served locally under the real host names):');
  for (const fixture of Object.values(demo)) console.log(`  ${fixture.url}`);
  console.log('Alt+Shift+W toggles the sidebar. Press Ctrl+C to stop.');
  await new Promise<void>((resolveStop) => {
    process.on('SIGINT', resolveStop);
    ext.context.on('close', () => resolveStop());
  });
} else {
  await page.waitForTimeout(500);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(relative(process.cwd(), out) || out);
}
await ext.close();
