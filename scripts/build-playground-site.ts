/**
 * Build the trainer playground as a plain static site (.output/playground-site/) for a projector or a shared link:
 * `npx tsx scripts/build-playground-site.ts [--out dir] [--no-minify]`.
 *
 * The same entry and components as the extension page, bundled by esbuild. The page uses no extension API, so it runs
 * from any web server or straight from disk (a classic IIFE script, since file:// pages cannot load ES modules).
 * esbuild does not know Vite's `import.meta.glob`; the small plugin below expands the eager form into static imports
 * of the files that exist at build time, which is what Vite does for the extension build.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out') >= 0 ? args[args.indexOf('--out') + 1] : undefined;
const outDir = resolve(root, outArg ?? '.output/playground-site');
const minify = !args.includes('--no-minify');

const globCall = /import\.meta\.glob\(\s*(['"])([^'"]+)\1\s*,\s*\{\s*eager:\s*true\s*\}\s*\)/g;

/** Expand `import.meta.glob('dir/prefix*.json', { eager: true })` (one `*` in the file name) to static imports. */
const eagerGlob: Plugin = {
  name: 'eager-import-meta-glob',
  setup(context) {
    context.onLoad({ filter: /\.(ts|tsx)$/ }, (file) => {
      const source = readFileSync(file.path, 'utf8');
      if (!source.includes('import.meta.glob')) return undefined;
      const imports: string[] = [];
      const contents = source.replace(globCall, (_call, _quote: string, pattern: string) => {
        const absolute = resolve(dirname(file.path), pattern);
        const folder = dirname(absolute);
        const [prefix = '', suffix = ''] = absolute.slice(folder.length + 1).split('*');
        let names: string[] = [];
        try {
          names = readdirSync(folder).filter((name) => name.startsWith(prefix) && name.endsWith(suffix));
        } catch {
          names = []; // No folder yet: the glob matches nothing, as in Vite.
        }
        const entries = names.sort().map((name) => {
          const local = `__glob_${imports.length}`;
          imports.push(`import * as ${local} from ${JSON.stringify(join(folder, name))};`);
          const key = relative(dirname(file.path), join(folder, name)).replaceAll('\\', '/');
          return `${JSON.stringify(key.startsWith('.') ? key : `./${key}`)}: ${local}`;
        });
        return `({ ${entries.join(', ')} })`;
      });
      return { contents: `${imports.join('\n')}\n${contents}`, loader: file.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'entrypoints/playground/main.tsx' },
  outdir: outDir,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16'],
  jsx: 'automatic',
  minify,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [eagerGlob],
  metafile: true,
  logLevel: 'warning',
});

writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Webcare playground</title>
    <link rel="stylesheet" href="main.css" />
    <script defer src="main.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`,
);

const sizes = Object.entries(result.metafile.outputs).map(
  ([file, output]) => `${relative(root, file)} ${(output.bytes / 1024).toFixed(1)} kB`,
);
process.stdout.write(`playground site → ${relative(root, outDir)}/index.html\n  ${sizes.join('\n  ')}\n`);
