import { describe } from 'vitest';
import rule from '../../lib/analyzers/cliche-stock-empathy';
import { ruleTable } from './rule-table';

describe('cliche-stock-empathy', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'Wat [[vervelend dat je ontevreden]] bent! ^SV', note: 'the KW case' },
      { draft: 'Hoi, [[vervelend om te horen dat u zo ontevreden]] bent.', note: 'extra words in the gap, u-form' },
      { draft: 'Wat [[jammer dat je teleurgesteld]] bent in ons.', note: 'synonyms' },
      { draft: '[[Excuses voor het ongemak]].', note: 'stock apology' },
      { draft: 'Onze [[excuses voor eventuele ongemakken]].', note: 'plural inflection' },
      { draft: 'Het [[spijt ons echt voor het ongemak]] dat je ervaart.', note: 'other word order' },
      { draft: '[[We begrijpen je frustratie]] helemaal.' },
      { draft: 'Wij [[betreuren de gang van zaken]].' },
      { draft: '[[Sorry for any inconvenience]]!', note: 'English' },
      { draft: 'We [[apologise for the inconvenience]] caused.', note: 'British spelling' },
      { draft: 'We [[apologize for any inconveniences]].', note: 'American spelling, plural' },
      { draft: '[[We understand your frustration]].' },
      { draft: "We're [[sorry to hear you're unhappy]] with the box." },
    ],
    passes: [
      {
        draft: 'Balen dat je trein 20 minuten te laat was. De storing bij Maarn is om 9:40 verholpen. ^SV',
        note: 'empathy with the fact',
      },
      { draft: 'Sorry dat je zo lang moest wachten op perron 3.', note: 'near-miss: sorry for the concrete thing' },
      { draft: 'Sorry your parcel got soaked, that should not happen.', note: 'English near-miss' },
      { draft: 'Je bent niet tevreden over de vertraging, snap ik: de 9:14 rijdt wel.', note: 'no stock words' },
      {
        draft: 'Het ongemak van de werkzaamheden is voorbij: vanaf maandag rijden we weer.',
        note: 'ongemak without apology',
      },
    ],
  });
});
