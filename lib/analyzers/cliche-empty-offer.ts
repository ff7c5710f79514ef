import { findPhraseProblems } from './phrase-rule';
import { defineRule } from './types';
import { emptyOffer } from './word-lists';

export default defineRule({
  id: 'cliche-empty-offer',
  kind: 'cliche',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Lege hulpaanbiedingen ("Kan ik je misschien ergens mee helpen?", "Don\'t hesitate to contact us") in plaats van een antwoord.',
    en: 'Empty offers of help ("Is there anything else I can help you with?", "Kan ik je ergens mee helpen?") instead of an answer.',
  },
  check: (input) =>
    findPhraseProblems(input, {
      ruleId: 'cliche-empty-offer',
      matcher: emptyOffer,
      message: (quoted, instead) => ({
        nl: `"${quoted}" is een standaard hulpaanbod dat laat zien dat het bericht niet gelezen is. In plaats daarvan: ${instead?.nl ?? 'beantwoord de vraag'}.`,
        en: `"${quoted}" is a stock offer of help that shows the message was not read. Instead: ${instead?.en ?? 'answer the question'}.`,
      }),
    }),
});
