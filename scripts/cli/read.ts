/**
 * `webcare read <page.html> --url <url> [--brand brand.json]`: a saved page → Thread JSON (contracts.md), read by the
 * same adapters the extension runs, on a happy-dom Document built without running the page's scripts.
 */
import { Window } from 'happy-dom';
import { readArticle } from '../../lib/sites/readability';
import { adapterFor } from '../../lib/sites/index';
import type { Result } from '../../lib/sites/types';
import { describeIssues } from '../../lib/thread/parse';
import { brandSchema, type Brand, type Thread } from '../../lib/thread/schema';
import { option, parseArgs, printJson, readText } from './args';

/** Read a saved page: the site adapter for `url`, else the Readability article. Never throws for page content. */
export function readSavedPage(html: string, url: string, brand?: Brand): Result<Thread> {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return { ok: false, reason: `"${url}" is not a valid address` };
  }
  const window = new Window({
    url: address.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const adapter = adapterFor(address);
    const result = adapter ? adapter.readThread(document, address, brand) : readArticle(document, address);
    if (!result.ok || !brand) return result;
    return { ok: true, value: { ...result.value, brand } };
  } finally {
    void window.happyDOM.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const [file] = parsed.positional;
  const url = option(parsed, 'url');
  if (!file || !url) {
    process.stderr.write('usage: webcare read <page.html> --url <url> [--brand brand.json]\n');
    return 2;
  }
  const brandFile = option(parsed, 'brand');
  let brand: Brand | undefined;
  if (brandFile) {
    let json: unknown;
    const text = readText(brandFile);
    try {
      json = JSON.parse(text);
    } catch (error) {
      process.stderr.write(`${brandFile}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    const checked = brandSchema.safeParse(json);
    if (!checked.success) {
      process.stderr.write(`${describeIssues(checked.error, text, brandFile)}\n`);
      return 1;
    }
    brand = checked.data;
  }
  const result = readSavedPage(readText(file), url, brand);
  if (!result.ok) {
    process.stderr.write(`${file}: ${result.reason}\n`);
    return 1;
  }
  printJson(result.value);
  return Promise.resolve(0);
}
