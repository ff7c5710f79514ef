import { describe } from 'vitest';
import rule from '../../lib/analyzers/team-banned-phrase';
import { ruleTable } from './rule-table';

const config = { teamPhrases: { banned: ['helaas', 'geen idee', 'unfortunately'] } };

describe('team-banned-phrase', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'Hoi Rik, [[helaas]] nog even geduld.', config },
      { draft: '[[Helaas]]! We hebben [[geen idee]].', config, note: 'case and several phrases' },
      { draft: '[[Unfortunately]], not yet.', config },
    ],
    passes: [
      { draft: 'De sale start op 26 december.', config },
      { draft: 'Hoi Rik, helaas nog even geduld.', note: 'no team phrases set' },
      { draft: 'Geen ideeën nodig.', config, note: 'near-miss: another word' },
    ],
  });
});
