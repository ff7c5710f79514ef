import { describe } from 'vitest';
import rule from '../../lib/analyzers/tone-blaming-customer';
import { ruleTable } from './rule-table';

const repeated = [
  { id: 'p1', author: 'Lotte', text: '@SpoorLinq tv valt weer uit' },
  { id: 'p2', author: 'Lotte', text: 'Nee, en vanavond weer. Vier keer nu.' },
];
const repeatedEn = [{ id: 'p1', author: 'Raj', text: '@SpoorLinq the app crashed again, third time this week' }];
const firstReport = [{ id: 'p1', author: 'Kees', text: '@SpoorLinq mijn tv geeft sinds vanmiddag zwart beeld' }];

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
      { draft: 'Hi Raj, [[according to our status]] page it lasted 40 minutes.', note: 'arguing with records' },
      { draft: '[[Our SLA only]] covers downtime above 0.01%.' },
      { draft: '[[Volgens onze voorwaarden]] hebben we 5 werkdagen.' },
      {
        draft: 'Hoi Lotte, [[heb je de decoder al eens opnieuw opgestart]]?',
        posts: repeated,
        note: 'first-line check, again',
      },
      { draft: 'Er is [[geen storing bekend]] in jouw regio.', posts: repeated, note: 'denial after repeated reports' },
      { draft: '[[Have you tried]] restarting the app?', posts: repeatedEn },
    ],
    passes: [
      {
        draft: 'Je had gisteren een mail moeten ontvangen; die sturen we opnieuw.',
        note: 'should have received = apology',
      },
      { draft: 'You should have received an email, sorry it did not arrive.', note: 'English apology' },
      { draft: 'As stated in EU regulation 261, you get €400.', note: 'near-miss: citing the law for the customer' },
      { draft: 'Uitchecken vergeten gebeurt vaak: via de app krijg je het terug.' },
      { draft: "You shouldn't have had to call twice, sorry.", note: 'apology: what they went through' },
      { draft: "You shouldn't have to chase us like this.", note: 'apology without had' },
      { draft: 'Je had niet drie keer hoeven bellen, sorry.', note: 'Dutch apology' },
      { draft: 'Heb je de decoder al opnieuw opgestart?', posts: firstReport, note: 'near-miss: first report' },
      { draft: 'Volgens de storingskaart is het om 14:00 hersteld.', note: 'near-miss: informing, not arguing' },
    ],
  });
});
