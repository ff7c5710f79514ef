import { findPhrases, quote } from './phrase-list';
import { readThreadFacts } from './thread-context';
import { defineRule } from './types';
import { channelMove, privateContext } from './word-lists';

export default defineRule({
  id: 'clarity-unneeded-channel-move',
  kind: 'clarity',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Vragen om naar DM, mail of telefoon te gaan terwijl de klant daar niet om vroeg en er niets privés nodig is.',
    en: 'Asking to move to DM, mail or phone when the customer did not ask and nothing private is needed.',
  },
  check: (input) => {
    const move = findPhrases(input.text, channelMove)[0];
    if (!move) return [];
    const facts = readThreadFacts(input.thread, input.brand);
    // Death, illness, fraud and the like deserve a private conversation even when no detail is needed.
    if (facts.customerAskedChannel || facts.needsPrivateDetails || facts.sensitiveTopics.length > 0) return [];
    if (findPhrases(input.text, privateContext).length > 0) return [];
    return [
      {
        ruleId: 'clarity-unneeded-channel-move',
        message: {
          nl: `"${quote(input.draft.slice(move.start, move.end))}": de klant vroeg niet om een ander kanaal en er zijn geen privégegevens nodig. Beantwoord de vraag hier, openbaar.`,
          en: `"${quote(input.draft.slice(move.start, move.end))}": the customer did not ask for another channel and nothing private is needed. Answer here, in public.`,
        },
        span: { start: move.start, end: move.end },
      },
    ];
  },
});
