import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../scripts/cli/analyze';
import { analysisSchema } from '../../lib/analysis/types';

const dir = mkdtempSync(join(tmpdir(), 'webcare-analyze-'));
const thread = {
  version: 1,
  platform: 'x',
  brand: { name: 'SpoorLinq', handles: ['@SpoorLinq'] },
  posts: [
    {
      id: 'p1',
      author: 'Annelies',
      handle: '@annelies',
      text: 'Alweer 20 minuten vertraging op Utrecht. Wanneer rijdt de trein?',
    },
  ],
};

function captureStdout(): { lines: () => string[] } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  return { lines: () => chunks.join('').split('\n').filter(Boolean) };
}

afterEach(() => vi.restoreAllMocks());

describe('webcare analyze', () => {
  it('prints Analysis JSON for a thread file', async () => {
    const file = join(dir, 'thread.json');
    writeFileSync(file, JSON.stringify(thread));
    const out = captureStdout();
    expect(await run([file, '--draft', 'Hoi Annelies, ik kijk het na.'])).toBe(0);
    const analysis = analysisSchema.parse(JSON.parse(out.lines().join('\n')));
    expect(analysis.targetId).toBe('p1');
  });

  it('answers every jsonl line, repeats ids, reports bad lines and exits 1', async () => {
    const file = join(dir, 'threads.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ ...thread, id: 'one', draft: 'Hoi!' }),
        '{broken',
        JSON.stringify({ ...thread, id: 'three', posts: [{ id: 'x', text: 'no author' }] }),
        JSON.stringify({ ...thread, id: 'four' }),
      ].join('\n'),
    );
    const out = captureStdout();
    expect(await run(['--jsonl', file])).toBe(1);
    const lines = out.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['one', null, 'three', 'four']);
    expect(lines[1]?.error).toMatch(/threads\.jsonl:2: not valid JSON/);
    expect(lines[2]?.error).toMatch(/threads\.jsonl:3: posts\[0\]\.author/);
    expect(analysisSchema.safeParse(lines[3]).success).toBe(true);
  });

  it('names the file when a thread is invalid', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...thread, platform: 'myspace' }, null, 2));
    await expect(run([file])).rejects.toThrow(/bad\.json:3: platform/);
  });
});
