import { findPhraseProblems } from './phrase-rule';
import { defineRule } from './types';
import { feedbackBrushoff } from './word-lists';

export default defineRule({
  id: 'cliche-feedback-brushoff',
  kind: 'cliche',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Feedback wegwuiven ("Bedankt voor je feedback, we nemen het mee", "Your feedback is important to us") zonder te zeggen wat ermee gebeurt.',
    en: 'Brushing feedback off ("Your feedback is important to us", "we nemen het mee") without saying what happens with it.',
  },
  check: (input) =>
    findPhraseProblems(input, {
      ruleId: 'cliche-feedback-brushoff',
      matcher: feedbackBrushoff,
      message: (quoted, instead) => ({
        nl: `"${quoted}" klinkt als een afwimpelzin. In plaats daarvan: ${instead?.nl ?? 'zeg wat er met de feedback gebeurt'}.`,
        en: `"${quoted}" reads as a brush-off. Instead: ${instead?.en ?? 'say what happens with the feedback'}.`,
      }),
    }),
});
