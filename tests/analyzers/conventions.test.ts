/** Registry conventions (style.md §4): every rule file is registered, its id is its file name, it has a test. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/analyzers/index';
import type { Rule } from '../../lib/analyzers/types';

const root = join(import.meta.dirname, '..', '..');
const analyzerDir = join(root, 'lib', 'analyzers');

async function ruleFiles(): Promise<{ file: string; rule: Rule }[]> {
  const found: { file: string; rule: Rule }[] = [];
  for (const file of readdirSync(analyzerDir).filter((name) => /^[a-z0-9-]+\.ts$/.test(name))) {
    const module = (await import(pathToFileURL(join(analyzerDir, file)).href)) as { default?: Partial<Rule> };
    if (typeof module.default?.check === 'function' && typeof module.default.id === 'string') {
      found.push({ file: file.replace(/\.ts$/, ''), rule: module.default as Rule });
    }
  }
  return found;
}

describe('rule conventions', () => {
  it('every rule file is registered, once, and its id is its file name', async () => {
    const files = await ruleFiles();
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const { file, rule } of files) {
      expect(rule.id).toBe(file);
      expect(rules.filter((registered) => registered === rule)).toHaveLength(1);
    }
    expect(rules).toHaveLength(files.length);
  });

  it('every rule has a test file and a README row', () => {
    const readme = readFileSync(join(analyzerDir, 'README.md'), 'utf8');
    for (const rule of rules) {
      expect(existsSync(join(root, 'tests', 'analyzers', `${rule.id}.test.ts`)), `${rule.id} test`).toBe(true);
      expect(readme, `${rule.id} README row`).toMatch(new RegExp(`^\\|\\s*\`${rule.id}\`\\s*\\|`, 'm'));
    }
  });

  it('ids carry their family prefix and the family matches the kind', () => {
    const families: Record<string, string> = {
      cliche: 'cliche',
      outreach: 'outreach',
      tone: 'tone',
      platform: 'platform',
      clarity: 'clarity',
      privacy: 'privacy',
      team: 'other',
    };
    for (const rule of rules) {
      const family = rule.id.split('-')[0] ?? '';
      expect(families[family], rule.id).toBe(rule.kind);
      expect(rule.description.nl.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
    }
  });
});
