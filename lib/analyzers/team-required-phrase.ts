import { readDraftText } from './draft-text';
import { compileTeamPhrases, findPhrases, quote, type PhraseMatcher } from './phrase-list';
import { defineRule, type Finding } from './types';

// The settings object stays the same while the agent types; compile each phrase once.
const compiled = new WeakMap<readonly string[], readonly (PhraseMatcher | undefined)[]>();

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
    const matchers =
      compiled.get(required) ??
      required.map((phrase) => (readDraftText(phrase).tokens.length > 0 ? compileTeamPhrases([phrase]) : undefined));
    compiled.set(required, matchers);
    for (const [index, phrase] of required.entries()) {
      const matcher = matchers[index];
      if (!matcher || findPhrases(input.text, matcher).length > 0) continue;
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
