import { describe } from 'vitest';
import rule from '../../lib/analyzers/clarity-closing-unconfirmed';
import { ruleTable } from './rule-table';

describe('clarity-closing-unconfirmed', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'Great, [[glad we could help]]! Have a lovely day!' },
      { draft: 'Top, [[blij dat we je hebben kunnen helpen]]. Fijne dag!' },
      { draft: 'We hebben het teruggestort. Dit [[is opgelost]]. Fijne dag!' },
      { draft: 'Je voorschot staat op €190. Hiermee [[sluiten we je melding]] af.', note: 'inverted word order' },
      { draft: 'De storing [[is verholpen]]. Groet, Sanne' },
      { draft: "Hi Dan, [[it's been fixed]]. Have a great day!" },
      { draft: 'Your confirmation was resent. This matter [[is now resolved]].' },
    ],
    passes: [
      {
        draft: 'Glad we could help! Enjoy the show.',
        posts: [
          { id: 'p1', author: 'Ben', text: '@SpoorLinq the app logs me out' },
          { id: 'p2', author: 'Ben', text: 'updated, that fixed it, thanks!' },
        ],
        note: 'the customer confirmed it works',
      },
      {
        draft: 'Fijn dat het weer werkt! Goede reis.',
        posts: [{ id: 'p1', author: 'Anna', text: 'Het is gelukt, bedankt!' }],
      },
      { draft: 'De storing is verholpen. Heb jij ook weer stroom?', note: 'asks a question after' },
      { draft: 'Dit is opgelost. Laat je het weten als het nog niet werkt.', note: 'invites a reply' },
      { draft: 'Is het nu opgelost?', note: 'near-miss: the claim is a question' },
      { draft: 'De storing is nog niet opgelost; om 15:00 weten we meer.', note: 'negation' },
      { draft: "It's fixed now. Could you let us know if it works?" },
      { draft: 'Once it is fixed we will let you know.', note: 'condition' },
    ],
  });
});
