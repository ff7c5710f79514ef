import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../scripts/cli/check';

const dir = mkdtempSync(join(tmpdir(), 'webcare-check-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const seatThread = join(import.meta.dirname, '..', '..', 'datasets', 'drafts', 'threads', 't03.json');

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const findings = () =>
  (JSON.parse(stdout) as { findings: { ruleId: string; start: number; end: number; key: string }[] }).findings;

describe('webcare check', () => {
  it('prints {"findings": []} for a clean draft', async () => {
    expect(await run(['--draft', 'De 9:14 rijdt vanaf spoor 5.'])).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ findings: [] });
  });

  it('checks a draft against a thread: the SEAT case', async () => {
    const code = await run([
      '--draft',
      'Hoi Mark! Check onze actie: autovia.nl/lease',
      '--thread',
      seatThread,
      '--ui',
      'nl',
    ]);
    expect(code).toBe(0);
    expect(findings().map((f) => `draft ${f.start}-${f.end} ${f.ruleId}`)).toEqual([
      'draft 0-8 outreach-unexplained-contact',
      'draft 10-26 outreach-unsolicited-pitch',
      'draft 28-44 outreach-unsolicited-pitch',
    ]);
  });

  it('takes brand, config and platform options', async () => {
    const brand = write(
      'brand.json',
      JSON.stringify({ name: 'Nordbank', voice: 'formal', signature: 'Groet, {name}' }),
    );
    const config = write('config.json', JSON.stringify({ rules: { 'tone-missing-signature': { enabled: false } } }));
    await run(['--draft', 'Heb je de app bijgewerkt?', '--brand', brand, '--config', config, '--platform', 'x']);
    expect(findings().map((f) => f.ruleId)).toEqual(['tone-formality-mismatch']);
  });

  it('names the file and line of an invalid thread', async () => {
    const bad = write('bad.json', '{\n  "version": 1,\n  "platform": "x",\n  "posts": [],\n  "extra": true\n}');
    expect(await run(['--draft', 'x', '--thread', bad])).toBe(1);
    expect(stderr).toContain(`${bad}:5: extra: unknown field`);
    expect(stdout).toBe('');
  });

  it('names the file and line of an invalid brand, and rejects a bad --now', async () => {
    const bad = write('brand-bad.json', '{\n  "name": "X",\n  "voice": "formeel"\n}');
    expect(await run(['--draft', 'x', '--brand', bad])).toBe(1);
    expect(stderr).toContain(`${bad}:3: voice`);
    expect(await run(['--draft', 'x', '--now', 'yesterday'])).toBe(1);
    expect(stderr).toContain('--now');
  });

  it('requires --draft', async () => {
    expect(await run([])).toBe(1);
    expect(stderr).toContain('--draft');
  });
});
