/**
 * `npm run bench [-- --json] [-- --only name]`: every case of tests/bench/*.bench.ts in one process, so ratios
 * between entries are fair on a noisy machine. Prints a table, or the JSON of contracts.md with --json.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './bench-harness';

const json = process.argv.includes('--json');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

const dir = join(import.meta.dirname, '..', 'tests', 'bench');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();
const results: Record<string, Record<string, number>> = {};

for (const file of files) {
  const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchCase[] };
  for (const bench of module.default) {
    if (only && bench.name !== only) continue;
    const state = (await bench.setup?.()) as never;
    const warmup = bench.warmup ?? 20;
    const runs = bench.runs ?? 200;
    for (let i = 0; i < warmup; i++) await bench.run(state);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await bench.run(state);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const extra = (await bench.extra?.(state)) ?? {};
    results[bench.name] = { median_ms: round(median), runs, ...extra };
    if (!json) {
      const extras = Object.entries(extra)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ');
      process.stdout.write(`${bench.name.padEnd(24)} median ${round(median)} ms over ${runs} runs ${extras}\n`);
    }
  }
}
if (json) process.stdout.write(JSON.stringify(results) + '\n');

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
