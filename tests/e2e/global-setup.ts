import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, repoRoot } from './harness';

/** Build once when there is no build (e.g. `npx vitest run -c vitest.e2e.config.ts` straight after a clone). */
export default function setup(): void {
  if (existsSync(join(extensionDir, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
