/**
 * read_<site>_<case>: one adapter readThread over a fixture page already parsed (what the content script does per
 * watcher batch), in a happy-dom Window without layout. read_saved_page_x: `webcare read` end to end (parse + read).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { defineBench } from '../../scripts/bench-harness';
import { readSavedPage } from '../../scripts/cli/read';
import { adapterFor } from '../../lib/sites/index';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sites');

function load(path: string) {
  const html = readFileSync(join(fixtures, path), 'utf8');
  const url = new URL(/^\s*url: (\S+)/m.exec(html)?.[1] ?? '');
  const brandLine = /^\s*brand: (\{.*\})\s*$/m.exec(html)?.[1];
  const brand = brandLine ? (JSON.parse(brandLine) as { name: string; handles: string[] }) : undefined;
  return { html, url, brand };
}

function parsed(path: string) {
  const page = load(path);
  const window = new Window({ url: page.url.href, settings: { disableJavaScriptEvaluation: true } });
  const document = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
  const adapter = adapterFor(page.url);
  if (!adapter) throw new Error(`${path}: no adapter`);
  return { ...page, document, adapter };
}

const readCase = (name: string, path: string) =>
  defineBench({
    name,
    setup: () => parsed(path),
    run: ({ adapter, document, url, brand }) => adapter.readThread(document, url, brand),
    extra: ({ adapter, document, url, brand }) => {
      const result = adapter.readThread(document, url, brand);
      return { posts: result.ok ? result.value.posts.length : 0 };
    },
    runs: 300,
  });

export default [
  readCase('read_x_thread_12', 'x/spoorlinq-storing-nl.html'),
  readCase('read_facebook_dialog', 'facebook/spoorlinq-dialog-nl.html'),
  readCase('read_linkedin_detail', 'linkedin/sdui-detail-spoorlinq-en.html'),
  defineBench({
    name: 'read_saved_page_x',
    setup: () => load('x/spoorlinq-storing-nl.html'),
    run: ({ html, url, brand }) => readSavedPage(html, url.href, brand && { ...brand, voice: 'informal' }),
    runs: 50,
    warmup: 5,
  }),
];
