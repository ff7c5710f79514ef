import { readDraftText } from './draft-text';
import { compileTeamPhrases, findPhrases, quote } from './phrase-list';
import { defineRule, type Finding } from './types';

export default defineRule({
  id: 'team-required-phrase',
  kind: 'other',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'hint',
  description: {
    nl: 'Een zin die het team in elke reactie wil zien ontbreekt (instellingen → Regels).',
    en: 'A phrase the team wants in every reply is missing (settings → Rules).',
  },
  check: (input) => {
    const required = input.config.teamPhrases?.required;
    if (!required || required.length === 0 || input.draft.trim().length === 0) return [];
    const end = input.draft.trimEnd().length;
    const findings: Finding[] = [];
    for (const phrase of required) {
      if (readDraftText(phrase).tokens.length === 0) continue;
      if (findPhrases(input.text, compileTeamPhrases([phrase])).length > 0) continue;
      findings.push({
        ruleId: 'team-required-phrase',
        message: {
          nl: `Het team wil "${quote(phrase)}" in elke reactie; die ontbreekt. Voeg hem toe.`,
          en: `The team wants "${quote(phrase)}" in every reply; it is missing. Add it.`,
        },
        span: { start: end, end },
        suggestions: [` ${phrase.trim()}`],
      });
    }
    return findings;
  },
});
