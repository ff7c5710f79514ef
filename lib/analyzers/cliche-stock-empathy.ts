import { findPhraseProblems } from './phrase-rule';
import { defineRule } from './types';
import { stockEmpathy } from './word-lists';

export default defineRule({
  id: 'cliche-stock-empathy',
  kind: 'cliche',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Standaard-empathie ("Wat vervelend dat je ontevreden bent", "Sorry for any inconvenience") die laat zien dat er niets gelezen is.',
    en: 'Stock empathy ("Sorry for any inconvenience", "Wat vervelend dat je ontevreden bent") that shows nothing was read.',
  },
  check: (input) =>
    findPhraseProblems(input, {
      ruleId: 'cliche-stock-empathy',
      matcher: stockEmpathy,
      message: (quoted, instead) => ({
        nl: `"${quoted}" is standaard-empathie die op elk bericht past. In plaats daarvan: ${instead?.nl ?? 'noem het concrete probleem'}.`,
        en: `"${quoted}" is stock empathy that fits any message. Instead: ${instead?.en ?? 'name the concrete problem'}.`,
      }),
    }),
});
