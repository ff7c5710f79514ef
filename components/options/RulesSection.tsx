/**
 * Draft checks: switch each rule on or off, change its severity, and keep the team's banned and required phrases.
 * Rules come from the registry (lib/analyzers/index.ts), so a new rule shows up here without touching this file.
 */
import { useState, type FormEvent } from 'react';
import type { Severity } from '../../lib/analysis/types';
import { parsePhraseLines, ruleRows, updateRuleSetting } from '../../lib/analyzers/rule-settings';
import type { Settings } from '../../lib/settings/schema';
import { useT } from '../common/locale';
import type { SectionProps } from './sections';

const severityNames: Record<Severity, { nl: string; en: string }> = {
  hint: { nl: 'tip', en: 'hint' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  error: { nl: 'fout', en: 'error' },
};
const kindNames: Record<string, { nl: string; en: string }> = {
  cliche: { nl: 'Clichés', en: 'Clichés' },
  outreach: { nl: 'Ongevraagd benaderen', en: 'Unsolicited outreach' },
  tone: { nl: 'Toon', en: 'Tone' },
  platform: { nl: 'Platform', en: 'Platform' },
  clarity: { nl: 'Duidelijkheid', en: 'Clarity' },
  privacy: { nl: 'Privacy', en: 'Privacy' },
  other: { nl: 'Teamzinnen', en: 'Team phrases' },
};

export function RulesSection({ settings, save }: SectionProps) {
  const t = useT();
  const [rules, setRules] = useState<Settings['rules']>(settings.rules);
  const [banned, setBanned] = useState(settings.teamPhrases.banned.join('\n'));
  const [required, setRequired] = useState(settings.teamPhrases.required.join('\n'));
  const [status, setStatus] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({
        ...settings,
        rules,
        teamPhrases: { banned: parsePhraseLines(banned), required: parsePhraseLines(required) },
      });
      setStatus(t({ nl: 'Opgeslagen.', en: 'Saved.' }));
    } catch (error) {
      setStatus(t({ nl: 'Niet opgeslagen: ', en: 'Not saved: ' }) + String(error));
    }
  };

  const rows = ruleRows(rules);
  return (
    <form onSubmit={(event) => void submit(event)} className="wc-form" data-testid="rules-form">
      <table className="wc-rules">
        <thead>
          <tr>
            <th>{t({ nl: 'Aan', en: 'On' })}</th>
            <th>{t({ nl: 'Regel', en: 'Rule' })}</th>
            <th>{t({ nl: 'Ernst', en: 'Severity' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ rule, enabled, severity }, index) => (
            <RuleRowView
              key={rule.id}
              groupTitle={
                index === 0 || rows[index - 1]?.rule.kind !== rule.kind
                  ? t(kindNames[rule.kind] ?? { nl: 'Overig', en: 'Other' })
                  : undefined
              }
              id={rule.id}
              description={t(rule.description)}
              enabled={enabled}
              severity={severity}
              defaultSeverity={rule.severity}
              onEnabled={(value) => setRules(updateRuleSetting(rules, rule.id, { enabled: value }))}
              onSeverity={(value) => setRules(updateRuleSetting(rules, rule.id, { severity: value }))}
              severityLabel={(value) => t(severityNames[value])}
            />
          ))}
        </tbody>
      </table>
      <label>
        {t({ nl: 'Verboden zinnen (één per regel)', en: 'Banned phrases (one a line)' })}
        <textarea name="team-banned" rows={4} value={banned} onChange={(e) => setBanned(e.target.value)} />
      </label>
      <label>
        {t({ nl: 'Verplichte zinnen (één per regel)', en: 'Required phrases (one a line)' })}
        <textarea name="team-required" rows={3} value={required} onChange={(e) => setRequired(e.target.value)} />
      </label>
      <button type="submit">{t({ nl: 'Opslaan', en: 'Save' })}</button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}

function RuleRowView(props: {
  groupTitle: string | undefined;
  id: string;
  description: string;
  enabled: boolean;
  severity: Severity;
  defaultSeverity: Severity;
  onEnabled: (value: boolean) => void;
  onSeverity: (value: Severity) => void;
  severityLabel: (value: Severity) => string;
}) {
  return (
    <>
      {props.groupTitle && (
        <tr className="wc-rules-group">
          <th colSpan={3}>{props.groupTitle}</th>
        </tr>
      )}
      <tr data-rule={props.id}>
        <td>
          <input
            type="checkbox"
            name={`rule-${props.id}`}
            aria-label={props.id}
            checked={props.enabled}
            onChange={(e) => props.onEnabled(e.target.checked)}
          />
        </td>
        <td>
          <code>{props.id}</code>
          <br />
          <small>{props.description}</small>
        </td>
        <td>
          <select
            name={`severity-${props.id}`}
            aria-label={`${props.id} severity`}
            value={props.severity}
            disabled={!props.enabled}
            onChange={(e) => props.onSeverity(e.target.value as Severity)}
          >
            {(['hint', 'warning', 'error'] as const).map((value) => (
              <option key={value} value={value}>
                {props.severityLabel(value)}
                {value === props.defaultSeverity ? ' *' : ''}
              </option>
            ))}
          </select>
        </td>
      </tr>
    </>
  );
}
