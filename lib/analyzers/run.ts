/**
 * Runs the registered rules over a draft: tokenise once, run every enabled rule, apply the user's severity
 * overrides and "ignore once" keys, and report in the UI language. Pure and synchronous, so the sidebar can call
 * it on every pause in typing.
 */
import type { ReportedFinding, Severity } from '../analysis/types';
import { findTarget } from '../thread/target';
import { guessLanguage, readDraftText, normalizedWords } from './draft-text';
import { rules } from './index';
import type { DraftCheckConfig, DraftCheckInput, Finding, FindingKind, Rule, RuleInput } from './types';

export type { DraftCheckConfig, DraftCheckInput } from './types';

/** A finding as reported, plus the key the UI stores to ignore it once. */
export type KeyedFinding = ReportedFinding & { key: string };

/** A finding with everything the sidebar needs: both languages and the rule it came from. */
export interface CheckedFinding extends Finding {
  kind: FindingKind;
  severity: Severity;
  key: string;
}

export function checkDraft(input: DraftCheckInput, config: DraftCheckConfig, uiLanguage: 'nl' | 'en'): KeyedFinding[] {
  return checkDraftDetailed(input, config).map((finding) => ({
    ruleId: finding.ruleId,
    kind: finding.kind,
    severity: finding.severity,
    message: finding.message[uiLanguage],
    start: finding.span.start,
    end: finding.span.end,
    suggestions: [...(finding.suggestions ?? [])],
    key: finding.key,
  }));
}

export function checkDraftDetailed(
  input: DraftCheckInput,
  config: DraftCheckConfig,
  registry: readonly Rule[] = rules,
): CheckedFinding[] {
  const text = readDraftText(input.draft);
  const ruleInput: RuleInput = {
    ...input,
    config,
    text,
    target: findTarget(input.thread),
    draftLanguage: guessLanguage(text),
  };
  const ignored = new Set(config.ignored ?? []);
  const checked: CheckedFinding[] = [];
  for (const rule of registry) {
    const setting = config.rules?.[rule.id];
    if (setting?.enabled === false) continue;
    const seen = new Map<string, number>();
    for (const finding of rule.check(ruleInput)) {
      const span = clampSpan(finding.span, input.draft.length);
      const key = findingKey(rule.id, input.draft.slice(span.start, span.end), seen);
      if (ignored.has(key)) continue;
      checked.push({ ...finding, span, kind: rule.kind, severity: setting?.severity ?? rule.severity, key });
    }
  }
  return checked.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Stable while the agent types elsewhere in the draft: rule id + the flagged words (normalised) + which occurrence
 * of those words it is. Offsets are left out on purpose, as they move with every keystroke before the span.
 */
export function findingKey(ruleId: string, flagged: string, seen = new Map<string, number>()): string {
  const words = normalizedWords(flagged).join(' ');
  const occurrence = seen.get(words) ?? 0;
  seen.set(words, occurrence + 1);
  return `${ruleId}:${words}:${occurrence}`;
}

function clampSpan(span: { start: number; end: number }, length: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(length, Math.floor(span.start)));
  return { start, end: Math.max(start, Math.min(length, Math.floor(span.end))) };
}
