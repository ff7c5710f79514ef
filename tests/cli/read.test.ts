import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../scripts/cli/read';
import { threadSchema } from '../../lib/thread/schema';
import { fixturePages, fixturesRoot } from '../sites/fixture-pages';

const repo = join(import.meta.dirname, '..', '..');
const webcare = (...args: string[]) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'webcare.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

const article = `<!DOCTYPE html><html lang="nl"><head><title>Waarom mijn trein weer niet reed</title>
<meta name="author" content="Mieke Bos"></head><body><nav><a href="/">Home</a> <a href="/over">Over</a></nav>
<article><h1>Waarom mijn trein weer niet reed</h1>
<p>Vanochtend stond ik voor de derde keer deze week op perron 5 in Utrecht. De trein naar Amersfoort was
opgeheven, zonder omroep en zonder melding in de app van SpoorLinq. Het is een patroon aan het worden.</p>
<p>Ik heb de webcare van SpoorLinq een bericht gestuurd. Binnen tien minuten kreeg ik antwoord, vriendelijk
en met een link om geld terug te vragen. Dat is netjes, maar het lost het probleem niet op.</p>
<p>Wat ik wil weten: wanneer zijn de seinen rond Utrecht eindelijk betrouwbaar? Tot die tijd neem ik de fiets.</p>
</article><footer>© 2026 Mieke schrijft</footer><script>document.title = 'hacked'</script></body></html>`;

describe('readSavedPage (Node, happy-dom Window)', () => {
  const all = ['x', 'facebook', 'linkedin'].flatMap((site) => fixturePages(site).map((page) => [site, page] as const));

  it.each(all.map(([site, page]) => [`${site}/${page.name}`, page] as const))(
    '%s gives the same result as in the page',
    (_name, page) => {
      const result = readSavedPage(page.html, page.url.href, page.brand);
      if (page.golden.ok) {
        expect(result).toEqual({
          ok: true,
          value: page.brand ? { ...page.golden.thread, brand: page.brand } : page.golden.thread,
        });
      } else {
        expect(result).toEqual({ ok: false, reason: page.golden.reason });
      }
    },
  );

  it('reads any other page as a Readability article, without running its scripts', () => {
    const result = readSavedPage(article, 'https://mieke.example/blog/trein');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(threadSchema.parse(result.value)).toEqual(result.value);
    expect(result.value.platform).toBe('web');
    expect(result.value.posts).toHaveLength(1);
    const [post] = result.value.posts;
    expect(post?.author).toBe('Mieke Bos');
    expect(post?.text.split('\n')).toEqual([
      'Waarom mijn trein weer niet reed',
      expect.stringMatching(/^Vanochtend stond ik .* patroon aan het worden\.$/),
      expect.stringMatching(/^Ik heb de webcare .* niet op\.$/),
      'Wat ik wil weten: wanneer zijn de seinen rond Utrecht eindelijk betrouwbaar? Tot die tijd neem ik de fiets.',
    ]);
    expect(post?.text).not.toContain('hacked');
    expect(post?.text).not.toContain('Home');
  });

  it('refuses a page with no article and a bad address', () => {
    expect(readSavedPage('<html><body><nav>Home</nav></body></html>', 'https://example.com/')).toEqual({
      ok: false,
      reason: 'No article found on this page (too little text): select the text to answer instead.',
    });
    expect(readSavedPage(article, 'not a url')).toEqual({ ok: false, reason: '"not a url" is not a valid address' });
  });
});

// Each case starts tsx in a child process: seconds on a loaded machine, so a generous timeout (not a speed check).
describe('webcare read', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'webcare-read-'));
  const page = join(fixturesRoot, 'facebook', 'kliktel-permalink-en.html');
  const url = fixturePages('facebook').find((candidate) => candidate.name === 'kliktel-permalink-en')?.url.href ?? '';

  it('prints Thread JSON with the brand from --brand', () => {
    const brandFile = join(dir, 'brand.json');
    writeFileSync(brandFile, JSON.stringify({ name: 'KlikTel', handles: ['KlikTel'], voice: 'informal' }));
    const run = webcare('read', page, '--url', url, '--brand', brandFile);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const thread = threadSchema.parse(JSON.parse(run.stdout));
    expect(thread.brand?.name).toBe('KlikTel');
    expect(thread.posts.filter((post) => post.isBrand)).toHaveLength(3);
  });

  it('names the file when the page cannot be read, and exits 1', () => {
    const file = join(fixturesRoot, 'x', 'changed-markup.html');
    const run = webcare('read', file, '--url', 'https://x.com/a/status/1');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${file}: No posts found: X may have changed its page.\n`);
  });

  it('validates the brand file and names the field', () => {
    const brandFile = join(dir, 'bad-brand.json');
    writeFileSync(brandFile, '{\n  "name": "KlikTel",\n  "handle": "@KlikTel"\n}\n');
    const run = webcare('read', page, '--url', url, '--brand', brandFile);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${brandFile}:3: handle: unknown field\n`);
  });
});
