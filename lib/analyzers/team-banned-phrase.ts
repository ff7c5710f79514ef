import { compileTeamPhrases, findPhrases, quote, type PhraseMatcher } from './phrase-list';
import { defineRule } from './types';

// The settings object stays the same while the agent types; compile its phrases once.
const compiled = new WeakMap<readonly string[], PhraseMatcher>();

export default defineRule({
  id: 'team-banned-phrase',
  kind: 'other',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Een zin die het team heeft verboden (instellingen → Regels).',
    en: 'A phrase the team has banned (settings → Rules).',
  },
  check: (input) => {
    const banned = input.config.teamPhrases?.banned;
    if (!banned || banned.length === 0) return [];
    const matcher = compiled.get(banned) ?? compileTeamPhrases(banned);
    compiled.set(banned, matcher);
    return findPhrases(input.text, matcher).map((match) => {
      const phrase = banned[Number(match.entry.id.slice('team-'.length))] ?? '';
      return {
        ruleId: 'team-banned-phrase',
        message: {
          nl: `"${quote(input.draft.slice(match.start, match.end))}" staat op de lijst van zinnen die het team niet gebruikt ("${quote(phrase)}"). Formuleer het anders.`,
          en: `"${quote(input.draft.slice(match.start, match.end))}" is on the team's list of phrases not to use ("${quote(phrase)}"). Word it differently.`,
        },
        span: { start: match.start, end: match.end },
      };
    });
  },
});
