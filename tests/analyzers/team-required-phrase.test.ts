import { describe } from 'vitest';
import rule from '../../lib/analyzers/team-required-phrase';
import { ruleTable } from './rule-table';

const config = { teamPhrases: { required: ['Team Modemeer'] } };

describe('team-required-phrase', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'De sale start 26 december.[[]]', config },
      { draft: 'De sale start 26 december.[[]]\n', config, note: 'flagged before trailing whitespace' },
    ],
    passes: [
      { draft: 'De sale start 26 december. Team Modemeer', config },
      { draft: 'De sale start 26 december. team modemeer!', config, note: 'case and punctuation ignored' },
      { draft: 'De sale start 26 december.', note: 'nothing required' },
      { draft: '', config, note: 'empty draft' },
    ],
  });
});
