import { normalizedWords } from './draft-text';
import { findPhraseProblems } from './phrase-rule';
import { defineRule } from './types';
import { blaming } from './word-lists';

// "You should have received a mail" is an apology, not blame: the list cannot say "not followed by", so this does.
const receivingWords = new Set(['received', 'receive', 'got', 'gotten', 'ontvangen', 'gekregen', 'krijgen']);

export default defineRule({
  id: 'tone-blaming-customer',
  kind: 'tone',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'In discussie gaan of de klant de schuld geven ("zoals al eerder aangegeven", "you should have").',
    en: 'Arguing with or blaming the customer ("as stated in our terms", "zoals al eerder aangegeven").',
  },
  check: (input) =>
    findPhraseProblems(input, {
      ruleId: 'tone-blaming-customer',
      matcher: blaming,
      keep: (match, { draft }) =>
        !normalizedWords(draft.slice(match.start, match.end + 30)).some((word) => receivingWords.has(word)),
      message: (quoted, instead) => ({
        nl: `"${quoted}" klinkt als discussie of schuld geven aan de klant. In plaats daarvan: ${instead?.nl ?? 'zeg wat je wél kunt doen'}.`,
        en: `"${quoted}" sounds like arguing with or blaming the customer. Instead: ${instead?.en ?? 'say what you can do'}.`,
      }),
    }),
});
