import { normalizedWords } from './draft-text';
import { findPhraseProblems } from './phrase-rule';
import { readThreadFacts } from './thread-context';
import { defineRule, type RuleInput } from './types';
import { basicTroubleshooting, blaming } from './word-lists';

// "You should have received a mail" is an apology, not blame: the list cannot say "not followed by", so this does.
const receivingWords = new Set(['received', 'receive', 'got', 'gotten', 'ontvangen', 'gekregen', 'krijgen']);
// "You shouldn't have had to call twice", "je had dit niet hoeven meemaken": what the customer went through, owned.
const sufferedWords = new Set(['hoeven', 'meemaken', 'overkomen', 'meegemaakt', 'doorstaan']);
const sufferedAfter = /^\s+(?:had\s+)?to\b/i;

/** "Have you restarted your modem?" or "no known outage" insults a customer who reports the problem again. */
function repeatsProblem(input: RuleInput): boolean {
  return input.targetCategory === 'repeated_negative' || readThreadFacts(input.thread, input.brand).customerRepeats;
}

const message = (quoted: string, instead: { nl: string; en: string } | undefined) => ({
  nl: `"${quoted}" klinkt als discussie of schuld geven aan de klant. In plaats daarvan: ${instead?.nl ?? 'zeg wat je wél kunt doen'}.`,
  en: `"${quoted}" sounds like arguing with or blaming the customer. Instead: ${instead?.en ?? 'say what you can do'}.`,
});

export default defineRule({
  id: 'tone-blaming-customer',
  kind: 'tone',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'In discussie gaan of de klant de schuld geven ("zoals al eerder aangegeven", "you should have").',
    en: 'Arguing with or blaming the customer ("as stated in our terms", "zoals al eerder aangegeven").',
  },
  check: (input) => [
    ...findPhraseProblems(input, {
      ruleId: 'tone-blaming-customer',
      matcher: blaming,
      keep: (match, { draft }) => {
        const around = normalizedWords(draft.slice(match.start, match.end + 30));
        if (around.some((word) => receivingWords.has(word) || sufferedWords.has(word))) return false;
        return !sufferedAfter.test(draft.slice(match.end));
      },
      message,
    }),
    ...(repeatsProblem(input)
      ? findPhraseProblems(input, {
          ruleId: 'tone-blaming-customer',
          matcher: basicTroubleshooting,
          message: (quoted) =>
            message(quoted, {
              nl: 'de klant meldt dit niet voor het eerst; erken dat en kom met een echte oplossing (monteur, vervanging)',
              en: 'this is not the first report; say so and offer a real fix (an engineer, a replacement)',
            }),
        })
      : []),
  ],
});
