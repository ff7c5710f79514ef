import { describe, expect, it } from 'vitest';
import { checkDraft, findingKey, type DraftCheckInput } from '../../lib/analyzers/run';
import { brandSchema, threadSchema } from '../../lib/thread/schema';

const brand = brandSchema.parse({ name: 'SpoorLinq', handles: ['@SpoorLinq'], signature: '^{initials}' });
const thread = threadSchema.parse({
  version: 1,
  platform: 'x',
  brand,
  posts: [{ id: 'p1', author: 'Anna', handle: '@anna', text: '@SpoorLinq trein weer te laat' }],
});
const input = (draft: string): DraftCheckInput => ({
  draft,
  thread,
  brand,
  language: 'nl',
  history: [],
  agent: { firstName: 'Sanne', initials: 'SV' },
  now: new Date('2026-11-20T12:00:00Z'),
});
const compact = (findings: { start: number; end: number; ruleId: string; severity: string }[]) =>
  findings.map((f) => `draft ${f.start}-${f.end} ${f.ruleId} ${f.severity}`);

describe('checkDraft', () => {
  const draft = 'Wat vervelend dat je ontevreden bent. U kunt bellen.';

  it('runs every rule and reports in the UI language, sorted by position', () => {
    const nl = checkDraft(input(draft), {}, 'nl');
    expect(compact(nl)).toEqual([
      'draft 4-31 cliche-stock-empathy warning',
      'draft 38-39 tone-formality-mismatch warning',
      'draft 52-52 tone-missing-signature warning',
    ]);
    expect(nl[0]?.message).toContain('standaard-empathie');
    expect(checkDraft(input(draft), {}, 'en')[0]?.message).toContain('stock empathy');
    expect(nl[0]?.kind).toBe('cliche');
  });

  it('switches a rule off and changes a severity', () => {
    const findings = checkDraft(
      input(draft),
      { rules: { 'tone-missing-signature': { enabled: false }, 'cliche-stock-empathy': { severity: 'error' } } },
      'en',
    );
    expect(compact(findings)).toEqual([
      'draft 4-31 cliche-stock-empathy error',
      'draft 38-39 tone-formality-mismatch warning',
    ]);
  });

  it('ignores one finding once by its key, which survives edits elsewhere', () => {
    const [first] = checkDraft(input(draft), {}, 'en');
    const key = first?.key ?? '';
    expect(key).toBe('cliche-stock-empathy:vervelend dat je ontevreden:0');
    const edited = 'Hoi Anna! ' + draft;
    const findings = checkDraft(input(edited), { ignored: [key] }, 'en');
    expect(findings.map((f) => f.ruleId)).not.toContain('cliche-stock-empathy');
    expect(findings.map((f) => f.ruleId)).toContain('tone-formality-mismatch');
  });

  it('numbers repeated findings so ignoring the first keeps the second', () => {
    expect(findingKey('r', 'U')).toBe('r:u:0');
    const seen = new Map<string, number>();
    expect([findingKey('r', 'u', seen), findingKey('r', 'U', seen)]).toEqual(['r:u:0', 'r:u:1']);
    const twice = checkDraft(input('U en u. ^SV'), { ignored: ['tone-formality-mismatch:u:0'] }, 'en');
    expect(compact(twice)).toEqual(['draft 5-6 tone-formality-mismatch warning']);
  });

  it('gives a clean draft no findings', () => {
    expect(checkDraft(input('Balen! De 9:14 rijdt wel, vanaf spoor 5. ^SV'), {}, 'nl')).toEqual([]);
  });
});
