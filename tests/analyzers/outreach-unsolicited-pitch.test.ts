import { describe } from 'vitest';
import rule from '../../lib/analyzers/outreach-unsolicited-pitch';
import { ruleTable, type RuleCase } from './rule-table';

const brand = { name: 'Autovia', handles: ['@Autovia_NL'] };
const stranger = [
  { id: 'p1', author: 'Mark', handle: '@mark_rijdt', text: 'Mijn oude bak heeft het begeven. Lease of occasion?' },
];
const strangerEn = [{ id: 'p1', author: 'Kim', handle: '@kim', text: 'Planning a trip to Lisbon in May ✈️' }];
const tagged = [
  { id: 'p1', author: 'Mark', handle: '@mark_rijdt', text: '@Autovia_NL wat kost private lease bij jullie?' },
];
const named = [
  { id: 'p1', author: 'Mark', handle: '@mark_rijdt', text: 'Zit te twijfelen over Autovia of een occasion' },
];
const unsolicited = (draft: string, note?: string): RuleCase => ({ draft, brand, posts: stranger, note });

describe('outreach-unsolicited-pitch', () => {
  ruleTable(rule, {
    flags: [
      unsolicited('Hoi Mark! [[Check onze actie]]: [[private lease]] vanaf [[€249]] p/m', 'the SEAT case'),
      unsolicited('Hoi Mark, [[bestel]] nu met [[korting]] via [[autovia.nl/lease]]', 'call to buy and link'),
      unsolicited('Hoi Mark, ook iets voor jou? [[#IkDoeEenAutovia]]', 'campaign hashtag'),
      unsolicited('Hoi Mark, met [[kortingscode]] MARK10 rijd je goedkoper.', 'promo code'),
      unsolicited('Hoi Mark, [[stap over]] naar een elektrische auto!', 'separable verb'),
      { draft: 'Hi Kim, [[book now]] at [[northwind.com/lisbon]]', brand, posts: strangerEn, note: 'English' },
      { draft: 'Hi Kim! [[Check out our]] spring [[sale]], [[20%]] off', brand, posts: strangerEn },
    ],
    passes: [
      unsolicited('Hoi Mark, we zagen je bericht. Laat bij een occasion altijd een aankoopkeuring doen!', 'helpful'),
      unsolicited('Hoi Mark, lease of occasion? Zet de maandlasten naast elkaar.', 'near-miss: echoes his words'),
      {
        draft: 'Hoi Mark, private lease kost bij ons vanaf €249: autovia.nl/lease',
        brand,
        posts: tagged,
        note: 'he tagged us',
      },
      { draft: 'Hoi Mark, bestel gerust een proefrit via autovia.nl', brand, posts: named, note: 'he named the brand' },
      {
        draft: 'Hoi Mark, check onze actie: autovia.nl',
        brand,
        posts: [
          { id: 'p0', author: 'Autovia', handle: '@Autovia_NL', text: 'Wat rijd jij?' },
          { id: 'p1', author: 'Mark', handle: '@mark_rijdt', text: 'Een oude bak', parentId: 'p0' },
        ],
        note: 'reply to a brand post',
      },
    ],
  });
});
