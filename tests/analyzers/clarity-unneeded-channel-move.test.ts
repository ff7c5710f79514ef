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
      {
        draft: 'Hoi Femke, voor vragen kun je [[contact opnemen met onze klantenservice]] via 030 123 4567.',
        posts: question,
        note: 'contact opnemen met: the verb first',
      },
      { draft: 'Hoi Femke, [[neem voor vragen contact op]] via het formulier.', posts: question },
      { draft: 'Hoi Femke, kijk op [[spoorlinq.nl/contact]].', posts: question, note: 'a contact page' },
      { draft: 'Hi Sam, [[0800 123 4567]] is open until 8 pm.', posts: questionEn, note: 'a service number' },
      {
        draft: 'Hi Fatima, please [[contact our customer]] service via spoorlinq.nl/contact.',
        posts: order,
        note: 'another desk, even when private details are needed',
      },
      { draft: 'Hoi Femke, [[stuur ons even een DM]], dan leggen we het uit.', posts: question },
      { draft: 'Hoi Femke, [[bel onze klantenservice]], die weet het.', posts: question },
      { draft: 'Hi Sam, please [[DM us]] and we will help.', posts: questionEn },
      { draft: 'Hi Sam, please [[contact our customer]] service team.', posts: questionEn },
    ],
    passes: [
      {
        draft: 'Ja, dat mag. Het reglement staat op spoorlinq.nl/fietsen.',
        posts: question,
        note: 'near-miss: an info page',
      },
      { draft: 'Hi Sam, yes: 23 kg per person, see spoorlinq.com/help/baggage.', posts: questionEn },
      { draft: 'Stuur je ons een DM met je ordernummer?', posts: order, note: 'order details are private' },
      { draft: 'Sure, DM us anytime!', posts: asks, note: 'the customer asked' },
      { draft: 'Gecondoleerd. Stuur je ons een DM?', posts: grief, note: 'a sensitive topic' },
      { draft: 'Ja, kleine honden reizen gratis mee.', posts: question },
      { draft: 'We sturen je morgen een mail met het label.', posts: question, note: 'near-miss: we send, not asking' },
      { draft: "We'll get in touch with you tomorrow.", posts: questionEn, note: 'near-miss: we contact them' },
    ],
  });
});
