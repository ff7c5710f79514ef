import { normalizedWords } from './draft-text';
import { findPhrases, quote } from './phrase-list';
import { readThreadFacts } from './thread-context';
import { defineRule } from './types';
import { closingClaim, confirmQuestion } from './word-lists';

/** A sentence with these words does not declare the matter closed ("nog niet opgelost", "once it is fixed"). */
const notAClaim = new Set([
  'niet',
  'nog',
  'zodra',
  'als',
  'wanneer',
  'hopelijk',
  'not',
  "isn't",
  "hasn't",
  "haven't",
  'yet',
  'once',
  'when',
  'until',
  'hopefully',
  'if',
]);

export default defineRule({
  id: 'clarity-closing-unconfirmed',
  kind: 'clarity',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'hint',
  description: {
    nl: 'Het gesprek afsluiten ("dit is opgelost") zonder te vragen of het voor de klant ook echt opgelost is.',
    en: 'Closing the conversation ("this is resolved") without asking whether it is solved for the customer.',
  },
  check: (input) => {
    const { text, draft } = input;
    const claims = findPhrases(text, closingClaim).filter((match) => {
      const sentence = text.sentences[sentenceOf(text, match.start)];
      if (!sentence || sentence.question) return false;
      return !normalizedWords(draft.slice(sentence.start, sentence.end)).some((word) => notAClaim.has(word));
    });
    const claim = claims[0];
    if (!claim) return [];
    // The customer already said it works: closing then is just polite.
    if (readThreadFacts(input.thread, input.brand).customerConfirmedSolved) return [];
    // Any question after the claim invites the customer to answer, so the conversation is not closed.
    const asksAfter = text.sentences.some((sentence) => sentence.question && sentence.start > claim.start);
    const asks =
      asksAfter ||
      findPhrases(text, confirmQuestion).some((match) =>
        /^(?:laat|laten|let)\b/i.test(draft.slice(match.start, match.end)),
      );
    if (asks) return [];
    const dutch = input.draftLanguage === 'nl' || (input.draftLanguage === 'other' && input.language === 'nl');
    return [
      {
        ruleId: 'clarity-closing-unconfirmed',
        message: {
          nl: `"${quote(draft.slice(claim.start, claim.end))}" sluit het gesprek af zonder te checken. Vraag of het voor de klant werkt, bijv. "Laat je weten of het nu lukt?"`,
          en: `"${quote(draft.slice(claim.start, claim.end))}" closes the conversation without checking. Ask whether it works for the customer, e.g. "Could you let us know if it works now?"`,
        },
        span: { start: claim.start, end: claim.end },
        suggestions: [
          `${draft.slice(claim.start, claim.end)}${dutch ? ' Laat je even weten of het nu lukt?' : ' Could you let us know if it works now?'}`,
        ],
      },
    ];
  },
});

function sentenceOf(text: { tokens: readonly { start: number; sentence: number }[] }, offset: number): number {
  return text.tokens.find((token) => token.start === offset)?.sentence ?? -1;
}
