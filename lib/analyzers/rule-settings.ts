/**
 * The settings side of the rules, shared by the options page and anything that shows rule switches: which rules
 * exist with their current switch and severity, how a change is stored, and how team phrases are typed (one a line).
 */
import type { FindingKind, Severity } from '../analysis/types';
import { rules } from './index';
import type { Rule } from './types';

/** What settings.rules holds per rule id (lib/settings/schema.ts ruleSettingSchema). */
export interface RuleSetting {
  enabled: boolean;
  severity?: Severity | undefined;
}

export interface RuleRow {
  rule: Rule;
  enabled: boolean;
  /** The severity in force: the user's choice, else the rule's default. */
  severity: Severity;
  /** True when the user changed the severity. */
  customSeverity: boolean;
}

export const kindOrder: readonly FindingKind[] = [
  'cliche',
  'outreach',
  'tone',
  'platform',
  'clarity',
  'privacy',
  'other',
];

export function ruleRows(settings: Readonly<Record<string, RuleSetting>>): RuleRow[] {
  return [...rules]
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.id.localeCompare(b.id))
    .map((rule) => {
      const setting = settings[rule.id];
      return {
        rule,
        enabled: setting?.enabled ?? true,
        severity: setting?.severity ?? rule.severity,
        customSeverity: setting?.severity !== undefined && setting.severity !== rule.severity,
      };
    });
}

/** A new settings.rules with one rule changed; a rule back at its defaults is removed, so settings stay small. */
export function updateRuleSetting(
  settings: Readonly<Record<string, RuleSetting>>,
  ruleId: string,
  patch: { enabled?: boolean; severity?: Severity | 'default' },
): Record<string, RuleSetting> {
  const rule = rules.find((candidate) => candidate.id === ruleId);
  const current = settings[ruleId] ?? { enabled: true };
  const severity =
    patch.severity === undefined ? current.severity : patch.severity === 'default' ? undefined : patch.severity;
  const next: RuleSetting = {
    enabled: patch.enabled ?? current.enabled,
    ...(severity !== undefined && severity !== rule?.severity ? { severity } : {}),
  };
  const { [ruleId]: _previous, ...others } = settings;
  return next.enabled && next.severity === undefined ? others : { ...others, [ruleId]: next };
}

/** Team phrases as typed in a text area: one a line, trimmed, empty lines and repeats dropped. */
export function parsePhraseLines(text: string): string[] {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const line of text.split('\n')) {
    const phrase = line.trim();
    if (!phrase || seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    phrases.push(phrase);
  }
  return phrases;
}
