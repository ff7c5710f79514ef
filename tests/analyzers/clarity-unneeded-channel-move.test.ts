import { describe } from 'vitest';
import rule from '../../lib/analyzers/clarity-unneeded-channel-move';
import { ruleTable } from './rule-table';

const question = [{ id: 'p1', author: 'Femke', text: '@SpoorLinq mag mijn hond mee in de trein?' }];
const questionEn = [{ id: 'p1', author: 'Sam', text: '@SpoorLinq is the allowance per person?' }];
const order = [{ id: 'p1', author: 'Fatima', text: '@SpoorLinq mijn bestelling is nog steeds niet binnen' }];
const asks = [{ id: 'p1', author: 'Alex', text: '@SpoorLinq can I DM you about something?' }];
const grief = [{ id: 'p1', author: 'Joke', text: '@SpoorLinq mijn man is overleden, hoe zeg ik zijn abonnement op?' }];

describe('clarity-unneeded-channel-move', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'Hoi Femke, [[stuur ons even een DM]], dan leggen we het uit.', posts: question },
      { draft: 'Hoi Femke, [[bel onze klantenservice]], die weet het.', posts: question },
      { draft: 'Hi Sam, please [[DM us]] and we will help.', posts: questionEn },
      { draft: 'Hi Sam, please [[contact our customer]] service team.', posts: questionEn },
    ],
    passes: [
      { draft: 'Stuur je ons een DM met je ordernummer?', posts: order, note: 'order details are private' },
      { draft: 'Sure, DM us anytime!', posts: asks, note: 'the customer asked' },
      { draft: 'Gecondoleerd. Stuur je ons een DM?', posts: grief, note: 'a sensitive topic' },
      { draft: 'Ja, kleine honden reizen gratis mee.', posts: question },
      { draft: 'We sturen je morgen een mail met het label.', posts: question, note: 'near-miss: we send, not asking' },
      { draft: "We'll get in touch with you tomorrow.", posts: questionEn, note: 'near-miss: we contact them' },
    ],
  });
});
