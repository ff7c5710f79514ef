import { readDraftText, type DraftText } from './draft-text';
import { findPhrases, quote } from './phrase-list';
import { findPraiseThanks, nameWords } from './praise-reply';
import { defineRule } from './types';
import { passedOn, praiseCues } from './word-lists';

const negativeCategories = new Set(['complaint', 'repeated_negative']);
/** A compliment with fewer own words than this is short; a short thanks answers it well enough. */
const detailedFrom = 6;
/** Words too general to show the reply read the compliment ("great service", "fijn team"). */
const generalWords = new Set([
  'thanks',
  'thank',
  'bedankt',
  'great',
  'super',
  'service',
  'team',
  'love',
  'good',
  'really',
  'very',
  'your',
  'with',
  'have',
  'that',
  'this',
  'what',
  'when',
  'them',
  'they',
  'from',
  'just',
  'today',
  'goed',
  'fijn',
  'mooi',
  'echt',
  'heel',
  'jullie',
  'zijn',
  'hebben',
  'deze',
  'naar',
  'voor',
  'maar',
  'want',
  'door',
  'over',
  'niet',
  'even',
  'gewoon',
  'vandaag',
  'bedankt',
  'dank',
  'geweldig',
  'heerlijk',
]);

export default defineRule({
  id: 'cliche-bare-thanks',
  kind: 'cliche',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Alleen "bedankt!" op een uitgebreid compliment: noem wat de klant prees en geef het door aan wie het verdient.',
    en: 'A bare "thanks!" for a detailed compliment: name what they praised and pass it on to whoever earned it.',
  },
  check: (input) => {
    const { target } = input;
    if (!target || input.targetSarcasm?.sarcastic || input.targetCategory === undefined) return [];
    const targetText = readDraftText(target.text);
    // The category model misses compliments told as a story; praise words outside a complaint count too.
    const compliment =
      input.targetCategory === 'compliment' ||
      (!negativeCategories.has(input.targetCategory) && findPhrases(targetText, praiseCues).length > 0);
    if (!compliment) return [];
    const exclude = new Set([...nameWords(target), ...nameWords({ ...target, author: input.brand.name })]);
    const praised = contentWords(targetText, exclude);
    if (praised.norms.size < detailedFrom) return [];
    const thanks = findPraiseThanks(input);
    if (!thanks) return [];
    if (findPhrases(input.text, passedOn).length > 0) return [];
    if ([...contentWords(input.text, exclude).stems].some((stem) => praised.stems.has(stem))) return [];
    const quoted = quote(input.draft.slice(thanks.start, thanks.end));
    return [
      {
        ruleId: 'cliche-bare-thanks',
        message: {
          nl: `"${quoted}" is mager voor zo'n uitgebreid compliment. Noem wat de klant prees en zeg dat je het doorgeeft aan wie het verdient.`,
          en: `"${quoted}" is thin for such a detailed compliment. Name what they praised and say you will pass it on to whoever earned it.`,
        },
        span: thanks,
      },
    ];
  },
});

/** The words that carry content (four letters or more, not general, not a name) and their stems. */
function contentWords(text: DraftText, exclude: ReadonlySet<string>): { norms: Set<string>; stems: Set<string> } {
  const norms = new Set<string>();
  const stems = new Set<string>();
  for (const token of text.tokens) {
    if (token.norm.length < 4 || generalWords.has(token.norm) || exclude.has(token.norm)) continue;
    if (/^\d/.test(token.norm)) continue;
    norms.add(token.norm);
    stems.add(token.stemNl);
    stems.add(token.stemEn);
  }
  return { norms, stems };
}
