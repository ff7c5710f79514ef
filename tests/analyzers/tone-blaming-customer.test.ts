import { describe } from 'vitest';
import rule from '../../lib/analyzers/tone-blaming-customer';
import { ruleTable } from './rule-table';

describe('tone-blaming-customer', () => {
  ruleTable(rule, {
    flags: [
      { draft: '[[Zoals al eerder aangegeven]] moet je uitchecken.' },
      { draft: '[[Zoals reeds vermeld]] kan dat niet.', note: 'other adverb and verb' },
      { draft: '[[Zoals op onze website staat]] kan dat tot 48 uur.' },
      { draft: 'Dat is je [[eigen verantwoordelijkheid]].' },
      { draft: '[[Je had eerder moeten]] uitchecken.' },
      { draft: '[[U had nooit uw pincode mogen]] doorgeven.', note: 'mogen' },
      { draft: '[[Had je voor snelle bezorging gekozen, dan]] was het er al.', note: 'counterfactual' },
      { draft: '[[Lees voortaan]] eerst de FAQ.' },
      { draft: '[[As stated in our terms]], parcels are left at the door.' },
      { draft: '[[As previously mentioned]], refunds take 5 days.' },
      { draft: '[[You should have]] checked your spam folder.' },
      { draft: 'It is [[not our fault]] the bus was late.' },
    ],
    passes: [
      {
        draft: 'Je had gisteren een mail moeten ontvangen; die sturen we opnieuw.',
        note: 'should have received = apology',
      },
      { draft: 'You should have received an email, sorry it did not arrive.', note: 'English apology' },
      { draft: 'As stated in EU regulation 261, you get €400.', note: 'near-miss: citing the law for the customer' },
      { draft: 'Uitchecken vergeten gebeurt vaak: via de app krijg je het terug.' },
    ],
  });
});
