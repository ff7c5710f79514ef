import { describe } from 'vitest';
import rule from '../../lib/analyzers/cliche-empty-offer';
import { ruleTable } from './rule-table';

describe('cliche-empty-offer', () => {
  ruleTable(rule, {
    flags: [
      { draft: '[[Kan ik je misschien ergens mee helpen]]? ^KW', note: 'the KW case' },
      { draft: '[[Kunnen we u nog ergens mee helpen]]?', note: 'plural, u-form, nog' },
      { draft: '[[Waarmee kan ik je helpen]]?' },
      { draft: '[[Aarzel niet om contact]] op te nemen.' },
      { draft: 'Dat kan! [[Mocht je nog vragen hebben, laat]] het ons weten.' },
      { draft: '[[Is there anything else I can help]] you with?' },
      { draft: "[[Don't hesitate to reach]] out." },
      { draft: '[[If you have any further questions]], let us know.' },
    ],
    passes: [
      { draft: 'Kan ik je helpen met een nieuwe pas? Die stuur ik dan vandaag op.', note: 'near-miss: concrete offer' },
      { draft: 'Ik help je graag: de 9:14 rijdt wel.', note: 'helping, not offering' },
      { draft: 'Could you let us know if the new label works?', note: 'specific question' },
    ],
  });
});
