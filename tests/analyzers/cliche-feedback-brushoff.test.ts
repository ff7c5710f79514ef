import { describe } from 'vitest';
import rule from '../../lib/analyzers/cliche-feedback-brushoff';
import { ruleTable } from './rule-table';

describe('cliche-feedback-brushoff', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'Bedankt voor je [[feedback, we nemen het mee]]!' },
      { draft: 'Dank je, [[we nemen je feedback zeker mee]].', note: 'extra words' },
      { draft: 'Je [[feedback is heel waardevol]] voor ons.' },
      { draft: 'Ik [[geef het door aan de betreffende afdeling]].' },
      { draft: 'Your [[feedback is important]] to us.' },
      { draft: "We'll [[pass this on to the relevant team]]." },
      { draft: "We're [[taking your feedback on board]]." },
    ],
    passes: [
      {
        draft: 'Ik heb je punt doorgezet naar onze inkoopafdeling, die het voorjaarsassortiment samenstelt.',
        note: 'says who gets it',
      },
      { draft: 'Neem je ov-chipkaart mee naar de servicebalie op spoor 1.', note: 'near-miss: "neem mee"' },
      { draft: 'Thanks, I passed it to the Leeds depot manager, who changes the routes on Monday.' },
      { draft: 'It is important to keep your receipt.', note: 'near-miss: "important" without feedback' },
    ],
  });
});
