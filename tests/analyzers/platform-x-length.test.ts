import { describe } from 'vitest';
import rule from '../../lib/analyzers/platform-x-length';
import { ruleTable } from './rule-table';

const words = (count: number): string => 'a'.repeat(count);

describe('platform-x-length', () => {
  ruleTable(rule, {
    flags: [
      { draft: `${words(280)}[[b]]`, note: '281 characters' },
      { draft: `${words(262)} [[s.nl/d]]`, note: 'under 280 raw, over with the link counted as 23' },
      { draft: `${words(277)}😂[[😂]]`, note: 'emoji count 2' },
    ],
    passes: [
      { draft: words(280), note: 'exactly 280' },
      { draft: `${words(200)} https://www.example.com/${'x'.repeat(100)}`, note: 'long link counts 23' },
      { draft: words(400), platform: 'facebook', note: 'not on X' },
      { draft: '' },
    ],
  });
});
