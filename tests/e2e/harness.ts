/**
 * Browser-test harness: Debian's Chromium (playwright-core, no browser download) with the built extension loaded,
 * talking to the HTTPS fixture server under the real site host names (shared/docs/toolchain.md §3).
 *
 *   const ext = await launchExtension();              // one per spec file (beforeAll), ~2 s
 *   ext.server.route('https://x.com/a/status/1', html);
 *   const { page, errors } = await ext.openPage('https://x.com/a/status/1');
 *   const sidebar = await ext.sidebarFrame(page);     // the extension iframe, as a Playwright Frame
 *   await ext.close();                                // afterAll
 *
 * See tests/e2e/README.md for the whole API.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { otherHosts, siteHosts, startFixtureServer, type FixtureServer } from './server';

export { bundleScript, siteCsp, siteHosts, otherHosts, type FixtureServer, type RouteResponse } from './server';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
/** The built extension; WEBCARE_EXT_DIR points elsewhere (e.g. a Firefox-less experiment build). */
export const extensionDir = resolve(process.env.WEBCARE_EXT_DIR ?? join(repoRoot, '.output/chrome-mv3'));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What went wrong on a page, collected from the start: uncaught errors and console errors. */
export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
}

export interface OpenedPage {
  page: Page;
  errors: PageProblems;
}

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: FixtureServer;
  /** Extension pages the install opened by itself (the first-run page), closed by the harness. */
  openedOnInstall: string[];
  /** A new tab at `url`, waiting for `load`; problems are collected from before the first byte. */
  openPage(url: string): Promise<OpenedPage>;
  /** chrome-extension://ID/<path>, e.g. "options.html" or "sidebar.html?mode=popup". */
  openExtensionPage(path: string): Promise<OpenedPage>;
  extensionUrl(path: string): string;
  /** The sidebar iframe on a site page, once its document has loaded (throws after `timeout` ms). */
  sidebarFrame(page: Page, timeout?: number): Promise<Frame>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a server (several browsers on one server); default: a new one, closed with the browser. */
  server?: FixtureServer;
  /** Headed run for debugging: WEBCARE_E2E_HEADED=1 also works. */
  headed?: boolean;
  /** Browser UI language (navigator.language), e.g. "nl-NL". Default en-US. */
  locale?: string;
  /** Dark colour scheme for the page (prefers-color-scheme). */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` (npm run test:e2e does).`);
  }
  const server = options.server ?? (await startFixtureServer());
  const ownsServer = !options.server;
  const userDataDir = mkdtempSync(join(tmpdir(), 'webcare-e2e-profile-'));
  const map = [...siteHosts, ...otherHosts].map((host) => `MAP ${host} 127.0.0.1:${server.port}`).join(',');
  const headed = options.headed ?? process.env.WEBCARE_E2E_HEADED === '1';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: !headed,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${map}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  // The first-run page opens on install; tests open what they need themselves.
  const openedOnInstall = await closeOnboarding(context);

  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  async function open(url: string): Promise<OpenedPage> {
    const page = await context.newPage();
    const errors: PageProblems = { pageErrors: [], consoleErrors: [] };
    page.on('pageerror', (error) => errors.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.consoleErrors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors };
  }

  return {
    context,
    extensionId,
    serviceWorker,
    server,
    openedOnInstall,
    openPage: open,
    openExtensionPage: (path) => open(extensionUrl(path)),
    extensionUrl,
    async sidebarFrame(page, timeout = 10_000) {
      const prefix = `chrome-extension://${extensionId}/sidebar.html`;
      const deadline = Date.now() + timeout;
      for (;;) {
        const frame = page.frames().find((f) => f.url().startsWith(prefix));
        if (frame) {
          await frame.waitForLoadState('load');
          return frame;
        }
        if (Date.now() > deadline) throw new Error(`No sidebar iframe (${prefix}) on ${page.url()}`);
        await page.waitForTimeout(50);
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      if (ownsServer) await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function closeOnboarding(context: BrowserContext): Promise<string[]> {
  // Wait (up to 3 s) for onInstalled to open the first-run tab, then close every extension tab it opened.
  const isExtensionPage = (page: Page) => page.url().startsWith('chrome-extension://');
  const deadline = Date.now() + 3000;
  while (!context.pages().some(isExtensionPage) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const opened: string[] = [];
  for (const page of context.pages().filter(isExtensionPage)) {
    opened.push(page.url());
    await page.close();
  }
  return opened;
}

/** The manifest of the build under test (e.g. to assert permissions or web_accessible_resources). */
export function builtManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** A fixture file under tests/fixtures/. */
export function fixturePath(...parts: string[]): string {
  return join(repoRoot, 'tests/fixtures', ...parts);
}

/** A page shell: `body` markup and scripts served from the same origin (CSP allows only 'self' + the nonce). */
export function htmlPage(options: { title?: string; body: string; scripts?: string[]; lang?: string }): string {
  const scripts = (options.scripts ?? []).map((src) => `<script src="${src}"></script>`).join('\n');
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>${
    options.title ?? 'fixture'
  }</title></head><body>${options.body}\n${scripts}</body></html>`;
}

/** Problems that came from us: our extension id or "webcare" in the message. Host-page noise is not ours. */
export function problemsFromUs(errors: PageProblems, extensionId: string): string[] {
  return [...errors.pageErrors, ...errors.consoleErrors].filter(
    (text) => text.includes(extensionId) || /webcare/i.test(text),
  );
}

/** Page scripts in tests/e2e/pages, bundled by esbuild and served at https://<host>/__e2e/<name>.js. */
export const pageScripts = {
  draft: 'draft-x.tsx',
  lexical: 'lexical-facebook.ts',
  quill: 'quill-linkedin.ts',
  tiptap: 'tiptap-linkedin.ts',
  navigate: 'navigate.ts',
} as const;
export type PageScript = keyof typeof pageScripts;

export interface SiteFixture {
  /** The address from the fixture's header comment (`url: …`), where it is served. */
  url: string;
  /** The golden Thread JSON beside it, when there is one. */
  golden: { posts: { id: string }[]; targetId?: string } | undefined;
  html: string;
  /** The site folder (x, facebook, linkedin). */
  site: 'x' | 'facebook' | 'linkedin';
  /** The brand the fixture is written for (its `brand:` header line). */
  brand: { name: string; handles?: string[]; voice?: 'informal' | 'formal' } | undefined;
}

/**
 * Serve tests/fixtures/sites/<site>/<name>.html at the address its header names (or `url`), with page `scripts`
 * (bundled from tests/e2e/pages) appended to the body. Returns the address and the golden thread.
 */
export async function routeSiteFixture(
  server: FixtureServer,
  name: string,
  options: { scripts?: PageScript[]; url?: string } = {},
): Promise<SiteFixture> {
  const file = join(repoRoot, 'tests/fixtures/sites', `${name}.html`);
  const raw = readFileSync(file, 'utf8');
  const url = options.url ?? /^\s*url:\s*(\S+)/m.exec(raw)?.[1];
  if (!url) throw new Error(`${name}.html names no url: in its header; pass options.url`);
  const goldenFile = file.replace(/\.html$/, '.thread.json');
  const golden = existsSync(goldenFile) ? JSON.parse(readFileSync(goldenFile, 'utf8')) : undefined;
  const origin = new URL(url).origin;
  const tags: string[] = [];
  for (const script of options.scripts ?? []) {
    const src = `/__e2e/${script}.js`;
    await server.routeBundle(`${origin}${src}`, join(here, 'pages', pageScripts[script]));
    tags.push(`<script src="${src}"></script>`);
  }
  const html = raw.includes('</body>') ? raw.replace('</body>', `${tags.join('')}</body>`) : raw + tags.join('');
  server.route(url, html);
  const brandLine = /^\s*brand:\s*(\{.*\})\s*$/m.exec(raw)?.[1];
  const site = name.split('/')[0] as SiteFixture['site'];
  return { url, golden, html, site, brand: brandLine ? JSON.parse(brandLine) : undefined };
}

/**
 * Ask the page to insert `text` exactly as the sidebar does: a port from the sidebar frame (extension origin) to
 * its tab's content script. Resolves with the content script's outcome ({ ok, method, reason }).
 */
export async function insertFromSidebar(
  sidebar: Frame,
  text: string,
  mode: 'append' | 'replace' = 'replace',
): Promise<{ ok: boolean; method: string; reason?: string }> {
  return sidebar.evaluate(
    async ({ text, mode }) => {
      type Port = {
        onMessage: { addListener(listener: (message: never) => void): void };
        postMessage(message: unknown): void;
        disconnect(): void;
      };
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              getCurrent(): Promise<{ id?: number } | undefined>;
              connect(tabId: number, info: { name: string; frameId: number }): Port;
            };
          };
        }
      ).chrome;
      const tab = await api.tabs.getCurrent();
      const port = api.tabs.connect(tab!.id!, { name: 'webcare-sidebar', frameId: 0 });
      const requestId = `e2e-${Date.now()}`;
      return new Promise<{ ok: boolean; method: string; reason?: string }>((resolve) => {
        port.onMessage.addListener((message: { type: string; requestId?: string; outcome?: never }) => {
          if (message.type === 'inserted' && message.requestId === requestId) {
            port.disconnect();
            resolve(message.outcome!);
          }
        });
        port.postMessage({ type: 'insert', requestId, text, mode });
      });
    },
    { text, mode },
  );
}

/** The text of the page's real editor model (set by the tests/e2e/pages editor scripts). */
export async function editorText(page: Page): Promise<string> {
  await page.waitForFunction(() => typeof window.__e2eEditorText === 'function');
  return page.evaluate(() => window.__e2eEditorText!());
}

declare global {
  interface Window {
    __e2eEditorText?: () => string;
    __e2eNavigate?: (url: string) => Promise<void>;
  }
}

/** Store settings as the options page would (browser.storage.local "settings"), before opening pages. */
export async function setSettings(ext: Extension, settings: Record<string, unknown>): Promise<void> {
  await ext.serviceWorker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ settings: value });
  }, settings);
}

/**
 * Store the brand a fixture names in its header (`brand: {...}`) as the user's settings, as the first-run page
 * would, so brand posts are marked as on a configured install.
 */
export async function useFixtureBrand(ext: Extension, fixture: SiteFixture): Promise<void> {
  if (!fixture.brand) return;
  const site = fixture.site;
  await setSettings(ext, {
    configured: true,
    brand: {
      name: fixture.brand.name,
      handles: { x: [], facebook: [], linkedin: [], [site]: fixture.brand.handles ?? [] },
      voice: fixture.brand.voice ?? 'informal',
    },
    agent: { firstName: 'Anna', initials: 'AB' },
  });
}
