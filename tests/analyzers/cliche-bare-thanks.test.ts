import { describe } from 'vitest';
import rule from '../../lib/analyzers/cliche-bare-thanks';
import { ruleTable, type RuleCase } from './rule-table';

const detailedNl = [
  {
    id: 'p1',
    author: 'Joost Bakker',
    text: 'Shoutout naar de conducteur van de IC naar Zwolle: mijn moeder miste haar overstap en zij heeft haar persoonlijk naar het goede perron gebracht. Top @SpoorLinq',
  },
];
const detailedEn = [
  {
    id: 'p1',
    author: 'Sophie Hall',
    text: 'Huge thanks to Maya at your Leeds branch. She spotted my daughter’s allergy badge and checked every single ingredient with me.',
  },
];
const shortNl = [{ id: 'p1', author: 'Ahmed', text: '@SpoorLinq conducteur vanochtend super vriendelijk 👍' }];
const nl = (draft: string, note?: string, category: RuleCase['category'] = 'compliment'): RuleCase => ({
  draft,
  posts: detailedNl,
  category,
  sarcasmScore: 0.1,
  note,
});
const en = (draft: string, note?: string, category: RuleCase['category'] = 'compliment'): RuleCase => ({
  draft,
  posts: detailedEn,
  category,
  sarcasmScore: 0.1,
  note,
});

describe('cliche-bare-thanks', () => {
  ruleTable(rule, {
    flags: [
      nl('[[Bedankt]]! ^SV'),
      nl('Dankjewel voor je [[compliment]]!'),
      nl('Dank je wel Joost, [[fijn om te horen]]!', 'the praise phrase is quoted first'),
      en('[[Thanks Sophie]]! 😊 ^SV'),
      en("Thank you! [[We're glad you]] enjoyed your visit!", 'other category, praise words', 'other'),
    ],
    passes: [
      nl('Wat mooi, Joost. Ik geef je bericht door aan de conducteur, zodat ze weet hoeveel het betekende.'),
      nl('Bedankt! Fijn dat je moeder het goede perron vond.', 'names what was praised'),
      en('Thank you, Sophie! Maya and her manager will see this today.', 'names who earned it'),
      en('Thanks! We will pass this on to the team in Leeds.', 'passes it on'),
      { draft: 'Dank je, leuk om te horen!', posts: shortNl, category: 'compliment', note: 'short compliment' },
      en('Thanks Sophie!', 'a complaint is not praise', 'complaint'),
      { draft: 'Thanks Sophie!', posts: detailedEn, note: 'no category from the analysis' },
      { ...en('Thanks Sophie!'), sarcasmScore: 0.9, note: 'sarcastic: the other rule speaks' },
    ],
  });
});
