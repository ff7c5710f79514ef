import { describe } from 'vitest';
import rule from '../../lib/analyzers/platform-mentions';
import { ruleTable } from './rule-table';

const posts = [
  {
    id: 'p1',
    author: 'Hanna',
    handle: '@hanna',
    text: '@SpoorLinq @Eneco wie weet waarom mijn meter niets doorgeeft?',
  },
];

describe('platform-mentions', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'Vraag het even aan [[@Enexis]].', posts, note: 'someone outside the conversation' },
      { draft: '[[@SpoorLinq]] Hoi Hanna, de meter is van je netbeheerder.', posts, note: 'our own account' },
      { draft: 'Hoi [[@spoorlinq]], hoi @hanna', posts, note: 'handles compare case-insensitively' },
    ],
    passes: [
      { draft: 'Hoi @hanna en @Eneco, de meter is van je netbeheerder.', posts, note: 'tagged in the thread' },
      { draft: 'Mail ons op service@spoorlinq.nl', posts, note: 'near-miss: an email address is no mention' },
      { draft: 'Geen mentions hier.', posts },
    ],
  });
});
