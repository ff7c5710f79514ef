import { findPhrases, quote } from './phrase-list';
import { defineRule } from './types';
import { channelMove, concreteFollowup, holding } from './word-lists';

/** A time the customer can hold the brand to: "binnen 2 uur", "before 17:00" (numbers; day words are a list). */
const clockOrDuration =
  /\d{1,2}[:.]\d{2}|\d+\s*(?:uur|u|minuten|min|dagen|dag|werkdagen|weken|week|hours?|hrs?|minutes?|mins?|days?|working days|business days|weeks?)\b/;
const timeWords = new Set([
  'vandaag',
  'morgen',
  'overmorgen',
  'vanmiddag',
  'vanavond',
  'vanochtend',
  'vannacht',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'uiterlijk',
  'today',
  'tomorrow',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

export default defineRule({
  id: 'clarity-vague-holding',
  kind: 'clarity',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Een wachtbericht ("we kijken ernaar") zonder concrete volgende stap of tijd.',
    en: 'A holding reply ("we\'re looking into it") without a concrete next step or time.',
  },
  check: (input) => {
    const holds = findPhrases(input.text, holding);
    const first = holds[0];
    if (!first) return [];
    const hasTime =
      input.text.tokens.some((token) => timeWords.has(token.norm)) || clockOrDuration.test(input.draft.toLowerCase());
    if (hasTime || findPhrases(input.text, concreteFollowup).length > 0) return [];
    // "Send us a DM and we'll check" gives the customer the next step; whether a DM was needed is another rule's call.
    if (findPhrases(input.text, channelMove).some((move) => move.entry.id === 'dm')) return [];
    const quoted = quote(input.draft.slice(first.start, first.end));
    return [
      {
        ruleId: 'clarity-vague-holding',
        message: {
          nl: `"${quoted}" zegt niet wanneer of wat er gebeurt. Noem een tijd ("vóór 17:00 hoor je van ons") of de volgende stap.`,
          en: `"${quoted}" does not say when or what happens next. Give a time ("you'll hear from us by 5 pm") or the next step.`,
        },
        span: { start: first.start, end: first.end },
      },
    ];
  },
});
