/**
 * Loads the adapter fixtures (tests/fixtures/sites/<site>/<case>.html): each page's header comment names its
 * address (`url:`) and, when the thread has a brand, the brand (`brand: {…}`); next to it lies the golden
 * `<case>.thread.json`, or `<case>.failure.json` ({ reason }) for a page the adapter must refuse.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brandSchema, threadSchema, type Brand, type Thread } from '../../lib/thread/schema';

export const fixturesRoot = join(import.meta.dirname, '..', 'fixtures', 'sites');

export interface FixturePage {
  name: string;
  file: string;
  html: string;
  url: URL;
  brand?: Brand;
  golden: { ok: true; thread: Thread } | { ok: false; reason: string };
}

export function fixturePages(site: string): FixturePage[] {
  const folder = join(fixturesRoot, site);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(folder, file), 'utf8');
      const header = /^<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
      const url = /^\s*url: (\S+)\s*$/m.exec(header)?.[1];
      if (!url) throw new Error(`${file}: header comment has no "url:" line`);
      const brandJson = /^\s*brand: (\{.*\})\s*$/m.exec(header)?.[1];
      const threadFile = join(folder, `${name}.thread.json`);
      const failureFile = join(folder, `${name}.failure.json`);
      const golden: FixturePage['golden'] = existsSync(threadFile)
        ? { ok: true, thread: threadSchema.parse(JSON.parse(readFileSync(threadFile, 'utf8'))) }
        : { ok: false, reason: (JSON.parse(readFileSync(failureFile, 'utf8')) as { reason: string }).reason };
      return {
        name,
        file,
        html,
        url: new URL(url),
        ...(brandJson ? { brand: brandSchema.parse(JSON.parse(brandJson)) } : {}),
        golden,
      };
    });
}

/** Parse a fixture into a Document without running scripts (happy-dom's DOMParser does not execute them). */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
