import { describe } from 'vitest';
import rule from '../../lib/analyzers/platform-length-limit';
import { ruleTable } from './rule-table';

describe('platform-length-limit', () => {
  ruleTable(rule, {
    flags: [
      { draft: `${'a'.repeat(1250)}[[bb]]`, platform: 'linkedin', note: 'LinkedIn comment over 1,250' },
      { draft: `${'a'.repeat(8000)}[[b]]`, platform: 'facebook', note: 'Facebook comment over 8,000' },
      { draft: `${'😂'.repeat(1250)}[[😂]]`, platform: 'linkedin', note: 'counted in characters, not UTF-16 units' },
    ],
    passes: [
      { draft: 'a'.repeat(1250), platform: 'linkedin' },
      { draft: '😂'.repeat(1000), platform: 'linkedin', note: 'near-miss: 2,000 UTF-16 units, 1,000 characters' },
      { draft: 'a'.repeat(8000), platform: 'facebook' },
      { draft: 'a'.repeat(9000), platform: 'web', note: 'no limit known' },
    ],
  });
});
