/**
 * Content-script budget (issue 2): every script injected into a site page must stay ≤ 20 kB gzip, because it runs
 * in every X, Facebook and LinkedIn tab. Reads the production build (builds it when missing or with --build) and
 * prints gzip -9 bytes; exits 1 when a script is over budget or missing.
 *
 *   npm run -s size -- --json   →  {"content_scripts":{"x":15117,"facebook":…,"linkedin":…,"composer-bridge":…},"budget":20480}
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const budget = 20 * 1024;
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.output/chrome-mv3/content-scripts');
const scripts = ['x', 'facebook', 'linkedin', 'composer-bridge'] as const;

const args = new Set(process.argv.slice(2));
if (args.has('--build') || !existsSync(join(outDir, 'x.js'))) {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const sizes: Record<string, number> = {};
const problems: string[] = [];
for (const name of scripts) {
  const file = join(outDir, `${name}.js`);
  if (!existsSync(file)) {
    problems.push(`${name}: no build output (${file})`);
    continue;
  }
  const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
  sizes[name] = bytes;
  if (bytes > budget) problems.push(`${name}: ${bytes} B gzip is over the ${budget} B budget`);
}

if (args.has('--json')) {
  console.log(JSON.stringify({ content_scripts: sizes, budget }));
} else {
  for (const [name, bytes] of Object.entries(sizes)) {
    console.log(
      `${name.padEnd(16)} ${(bytes / 1024).toFixed(1).padStart(5)} kB gzip  ${bytes > budget ? 'OVER' : 'ok'}`,
    );
  }
  console.log(`budget           ${(budget / 1024).toFixed(1).padStart(5)} kB gzip per content script`);
}
for (const problem of problems) console.error(problem);
process.exitCode = problems.length > 0 ? 1 : 0;
