import { quote } from './phrase-list';
import { findPraiseThanks } from './praise-reply';
import { defineRule } from './types';

/** Sarcasm score from which thanks are surely misplaced on their own (0.5 is the model's decision line). */
const clearSarcasm = 0.8;

export default defineRule({
  id: 'tone-thanks-sarcasm',
  kind: 'tone',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'error',
  description: {
    nl: 'Bedanken voor een sarcastisch bericht alsof het een compliment is ("Dank je, fijn om te horen!").',
    en: 'Thanking a sarcastic post as if it were praise ("Thanks for the kind words!").',
  },
  check: (input) => {
    // Only the analysis can tell "Goed bezig!" after three delays from real praise; without its verdict, say nothing.
    // Thanks on a borderline verdict would insult sincere praise, so only a clear one counts.
    // A sarcastic verdict the category agrees with (the post is a complaint) is as sure as a very high score.
    const sarcasm = input.targetSarcasm;
    const criticism = input.targetCategory === 'complaint' || input.targetCategory === 'repeated_negative';
    if (!sarcasm?.sarcastic || (sarcasm.score < clearSarcasm && !criticism)) return [];
    const thanks = findPraiseThanks(input);
    if (!thanks) return [];
    const quoted = quote(input.draft.slice(thanks.start, thanks.end));
    return [
      {
        ruleId: 'tone-thanks-sarcasm',
        message: {
          nl: `"${quoted}": het bericht is sarcastisch bedoeld, geen compliment. Reageer op de klacht erachter: wat ging er mis en wat doe je eraan?`,
          en: `"${quoted}": the post is sarcastic, not praise. Answer the complaint behind it: what went wrong and what you are doing about it.`,
        },
        span: thanks,
      },
    ];
  },
});
