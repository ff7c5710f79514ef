import { findPhrases, quote } from './phrase-list';
import { readThreadFacts } from './thread-context';
import { defineRule, type RuleInput } from './types';
import { channelMove, privateContext } from './word-lists';

/** List entries that send the customer to another desk (phone, contact page) rather than to a private message. */
const elsewhereEntries = new Set(['elsewhere', 'elders']);
/** A service number: Dutch landline or 0800/0900/14 0xx, UK 0800/03xx; the customer's own numbers are privacy's. */
const serviceNumber =
  /(?<![\d+])(?:\+\d{2}[\s-]?)?(?:0\d{2,3}[\s-]?\d{3}[\s-]?\d{3,4}|0[89]00[\s-]?\d{3,7}|14[\s-]?0\d{2,3})(?!\d)/g;
/** A link to the brand's contact page rather than to an answer. */
const contactUrl =
  /\b[\w-]+(?:\.[\w-]+)+\/(?:[\w-]+\/)*(?:contact|contact-?us|klantenservice|customer-?service|contactformulier)\b/gi;

export default defineRule({
  id: 'clarity-unneeded-channel-move',
  kind: 'clarity',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Doorsturen naar DM, klantenservice of telefoon terwijl de klant daar niet om vroeg en er niets privés nodig is.',
    en: 'Sending the customer to DM, customer service or the phone when they did not ask and nothing private is needed.',
  },
  check: (input) => {
    const moves = findPhrases(input.text, channelMove);
    const elsewhere = moves.find((move) => elsewhereEntries.has(move.entry.id)) ?? findContactReference(input);
    const move = elsewhere ?? moves[0];
    if (!move) return [];
    const facts = readThreadFacts(input.thread, input.brand);
    // Death, illness, fraud and the like deserve a private conversation even when no detail is needed.
    if (facts.customerAskedChannel || facts.sensitiveTopics.length > 0) return [];
    const quoted = quote(input.draft.slice(move.start, move.end));
    if (!elsewhere) {
      if (facts.needsPrivateDetails || findPhrases(input.text, privateContext).length > 0) return [];
      return [
        {
          ruleId: 'clarity-unneeded-channel-move',
          message: {
            nl: `"${quoted}": de klant vroeg niet om een ander kanaal en er zijn geen privégegevens nodig. Beantwoord de vraag hier, openbaar.`,
            en: `"${quoted}": the customer did not ask for another channel and nothing private is needed. Answer here, in public.`,
          },
          span: { start: move.start, end: move.end },
        },
      ];
    }
    // Webcare is customer service: pointing at another desk leaves the customer to start over. Private details go
    // to a DM, which keeps the conversation with the same person.
    return [
      {
        ruleId: 'clarity-unneeded-channel-move',
        message: {
          nl: `"${quoted}" stuurt de klant door naar een ander loket. Help hier zelf; zijn er privégegevens nodig, vraag dan om een DM.`,
          en: `"${quoted}" sends the customer to another desk. Help here yourself; if private details are needed, ask for a DM.`,
        },
        span: { start: move.start, end: move.end },
      },
    ];
  },
});

function findContactReference(input: RuleInput): { start: number; end: number } | undefined {
  if (!/\d|\//.test(input.draft)) return undefined;
  const customerDigits = input.thread.posts
    .filter((post) => !post.isBrand)
    .map((post) => post.text.replace(/\D/g, ''))
    .join(' ');
  for (const pattern of [contactUrl, serviceNumber]) {
    for (const match of input.draft.matchAll(pattern)) {
      const digits = match[0].replace(/\D/g, '');
      if (pattern === serviceNumber && customerDigits.includes(digits)) continue;
      return { start: match.index, end: match.index + match[0].length };
    }
  }
  return undefined;
}
