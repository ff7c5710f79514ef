import { cachedShingleSet, shinglesOfWords, similarity } from './shingles';
import { defineRule } from './types';

/** Sent this often today, unchanged, a phrasebook text reads as copy-paste. */
const repeatLimit = 3;
/** Shingle overlap from which a draft counts as the template unchanged (a filled-in name may differ). */
const sameText = 0.8;

export default defineRule({
  id: 'cliche-unchanged-template',
  kind: 'cliche',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'hint',
  description: {
    nl: 'Een phrasebook-tekst die vandaag al vaak ongewijzigd is verstuurd: maak hem persoonlijk.',
    en: 'A phrasebook text already sent unchanged many times today: make it personal.',
  },
  check: (input) => {
    const { draft, config } = input;
    const sent = config.sentToday;
    if (!sent || draft.trim().length === 0) return [];
    const draftShingles = shinglesOfWords(input.text.tokens.map((token) => token.norm));
    let times = 0;
    for (const [text, count] of Object.entries(sent)) {
      if (count >= repeatLimit && count > times && similarity(draftShingles, cachedShingleSet(text)) >= sameText) {
        times = count;
      }
    }
    if (times === 0) return [];
    const start = draft.length - draft.trimStart().length;
    return [
      {
        ruleId: 'cliche-unchanged-template',
        message: {
          nl: `Deze standaardtekst ging vandaag al ${times} keer ongewijzigd de deur uit. Maak hem persoonlijk: noem de naam en het concrete probleem van deze klant.`,
          en: `This stock text went out unchanged ${times} times today. Make it personal: mention this customer's name and their actual problem.`,
        },
        span: { start, end: draft.trimEnd().length },
      },
    ];
  },
});
