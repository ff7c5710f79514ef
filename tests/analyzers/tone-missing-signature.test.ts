import { describe } from 'vitest';
import rule from '../../lib/analyzers/tone-missing-signature';
import { ruleTable } from './rule-table';

const signed = { signature: '^{initials}' };
const named = { signature: 'Groet, {name}' };

describe('tone-missing-signature', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'De 9:14 rijdt wel.[[]]', brand: signed, note: 'missing, flagged at the end' },
      { draft: 'De 9:14 rijdt wel.[[]]  ', brand: signed, note: 'trailing spaces ignored' },
      { draft: 'De 9:14 rijdt wel. [[^KW]]', brand: signed, note: "a colleague's initials" },
      { draft: 'It is per person.[[]]', brand: named, note: 'named signature' },
    ],
    passes: [
      { draft: 'De 9:14 rijdt wel. ^SV', brand: signed },
      { draft: 'It is per person. Groet, Sanne', brand: named },
      { draft: 'De 9:14 rijdt wel.', note: 'brand does not sign' },
      {
        draft: 'De 9:14 rijdt wel. ^KW',
        brand: signed,
        agent: { firstName: '', initials: '' },
        note: 'agent unknown: any initials do',
      },
      { draft: '   ', brand: signed, note: 'empty draft' },
    ],
  });
});
