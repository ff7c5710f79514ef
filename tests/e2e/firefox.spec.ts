/**
 * The Firefox build (issue 2): `wxt build -b firefox` is produced and passes `web-ext lint` with no errors.
 * Warnings are reported, not failed: they come from dependencies (zod's optional `new Function` fast path,
 * React DOM and Readability touching innerHTML) and Firefox's new data_collection_permissions key.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness';

describe('Firefox build', () => {
  it('builds and passes web-ext lint without errors', () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: repoRoot, stdio: 'ignore' });
    const dir = ['firefox-mv2', 'firefox-mv3']
      .map((name) => join(repoRoot, '.output', name))
      .find((d) => existsSync(d));
    expect(dir).toBeDefined();
    const manifest = JSON.parse(readFileSync(join(dir!, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();
    let output = '';
    try {
      output = execFileSync(
        'npx',
        ['web-ext', 'lint', '--source-dir', dir!, '--output', 'json', '--no-config-discovery'],
        {
          cwd: repoRoot,
          encoding: 'utf8',
        },
      );
    } catch (error) {
      // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as {
      summary: { errors: number; warnings: number };
      errors: { code: string; file?: string; message: string }[];
    };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });
});
