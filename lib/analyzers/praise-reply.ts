/**
 * How a draft answers praise: thanks that take the post as a compliment ("thanks for the kind words", "fijn om te
 * horen") or a sentence that is nothing but thanks ("Bedankt!", "Thanks so much, Dan!"). Shared by the rule for
 * sarcastic posts and the one for detailed compliments.
 */
import type { Post } from '../thread/schema';
import { normalizedWords } from './draft-text';
import { findPhrases } from './phrase-list';
import type { RuleInput } from './types';
import { praiseThanks } from './word-lists';

const thanksWords = new Set([
  'thanks',
  'thank',
  'thx',
  'ty',
  'cheers',
  'bedankt',
  'dank',
  'dankjewel',
  'dankuwel',
  'dankje',
  'merci',
]);
/** Words that may stand next to "thanks" in a sentence that says nothing else. */
const thanksFiller = new Set([
  ...thanksWords,
  'you',
  'so',
  'very',
  'much',
  'a',
  'lot',
  'lots',
  'many',
  'again',
  'aww',
  'oh',
  'wow',
  'je',
  'jij',
  'u',
  'wel',
  'heel',
  'erg',
  'hartelijk',
  'hartstikke',
  'zeer',
  'nogmaals',
  'hoor',
  'veel',
  'voor',
  'for',
  'het',
  'the',
  'je',
  'your',
  'jouw',
  'uw',
  'message',
  'bericht',
  'berichtje',
  'reactie',
  'tweet',
]);

export interface ThanksSpan {
  start: number;
  end: number;
}

/** The first place where the draft thanks for praise, or undefined. */
export function findPraiseThanks(input: RuleInput): ThanksSpan | undefined {
  const phrase = findPhrases(input.text, praiseThanks)[0];
  if (phrase) return { start: phrase.start, end: phrase.end };
  let found: ThanksSpan | undefined;
  const names = nameWords(input.target);
  input.text.sentences.forEach((sentence, index) => {
    const tokens = input.text.tokens.filter((token) => token.sentence === index);
    if (!tokens.some((token) => thanksWords.has(token.norm))) return;
    // Initials of a signature ("^SV") are written in capitals; everything else must be thanks, filler or a name.
    if (
      tokens.every((token) => thanksFiller.has(token.norm) || names.has(token.norm) || /^\p{Lu}{1,4}$/u.test(token.raw))
    )
      found ??= { start: sentence.start, end: sentence.end };
  });
  return found;
}

/** The author's name words, so "Thanks Dan!" still counts as thanks only. */
export function nameWords(post: Post | undefined): Set<string> {
  if (!post) return new Set();
  return new Set(normalizedWords(`${post.author} ${post.handle ?? ''}`.replace(/@/g, ' ')));
}
