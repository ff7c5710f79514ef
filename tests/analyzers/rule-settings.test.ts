import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/analyzers/index';
import { parsePhraseLines, ruleRows, updateRuleSetting } from '../../lib/analyzers/rule-settings';

describe('rule settings', () => {
  it('lists every rule once, grouped by kind, with defaults when nothing is stored', () => {
    const rows = ruleRows({});
    expect(rows).toHaveLength(rules.length);
    expect(rows[0]?.rule.kind).toBe('cliche');
    expect(rows.at(-1)?.rule.kind).toBe('other');
    expect(rows.every((row) => row.enabled && !row.customSeverity)).toBe(true);
  });

  it('shows a stored switch and severity', () => {
    const row = ruleRows({ 'cliche-stock-empathy': { enabled: false, severity: 'error' } }).find(
      (candidate) => candidate.rule.id === 'cliche-stock-empathy',
    );
    expect(row).toMatchObject({ enabled: false, severity: 'error', customSeverity: true });
  });

  it('stores only what differs from the defaults', () => {
    const off = updateRuleSetting({}, 'tone-missing-signature', { enabled: false });
    expect(off).toEqual({ 'tone-missing-signature': { enabled: false } });
    const louder = updateRuleSetting(off, 'tone-missing-signature', { severity: 'error' });
    expect(louder).toEqual({ 'tone-missing-signature': { enabled: false, severity: 'error' } });
    const back = updateRuleSetting(
      updateRuleSetting(louder, 'tone-missing-signature', { enabled: true }),
      'tone-missing-signature',
      {
        severity: 'default',
      },
    );
    expect(back).toEqual({});
    expect(updateRuleSetting({}, 'privacy-personal-data', { severity: 'error' })).toEqual({});
  });

  it('reads team phrases one a line', () => {
    expect(parsePhraseLines(' helaas \n\nGeen idee\nhelaas\nHELAAS\n')).toEqual(['helaas', 'Geen idee']);
  });
});
