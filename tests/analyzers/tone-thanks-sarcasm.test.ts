import { describe } from 'vitest';
import rule from '../../lib/analyzers/tone-thanks-sarcasm';
import { ruleTable, type RuleCase } from './rule-table';

const sarcasticNl = [
  { id: 'p1', author: 'Rik Smit', text: '@SpoorLinq trein weer uitgevallen' },
  { id: 'p2', author: 'Rik Smit', text: 'Echt top geregeld weer hoor @SpoorLinq 👍' },
];
const sarcasticEn = [
  { id: 'p1', author: 'Dan Lee', text: 'Cancelled again. Fantastic service as always @SpoorLinq 🙃' },
];
const nl = (draft: string, sarcasmScore: number, note?: string): RuleCase => ({
  draft,
  posts: sarcasticNl,
  sarcasmScore,
  note,
});
const en = (draft: string, sarcasmScore: number, note?: string): RuleCase => ({
  draft,
  posts: sarcasticEn,
  sarcasmScore,
  note,
});

describe('tone-thanks-sarcasm', () => {
  ruleTable(rule, {
    flags: [
      nl('[[Dank je wel Rik]]! Fijne dag verder.', 0.95, 'a sentence of nothing but thanks'),
      nl('Bedankt, [[fijn om te horen]]! ^SV', 0.9),
      nl('Dankjewel voor je [[compliment]]!', 0.85),
      en('Thanks so much for the [[kind words]], Dan! ^SV', 0.99),
      en("Aww, [[we're so glad you]] enjoy flying with us!", 0.9),
      en('[[Thanks Dan]]! See you on board. ^SV', 0.9, 'signature initials do not count as content'),
      {
        ...nl('Dank je wel Rik! [[Fijn om te horen]] 😊', 0.65, 'a sarcastic verdict the complaint category backs'),
        category: 'complaint',
      },
    ],
    passes: [
      nl('Balen, Rik: de trein viel uit door een defect. De volgende rijdt om 8:12. ^SV', 0.95),
      nl(
        'Bedankt voor je melding. De trein viel uit door een defect; om 8:12 rijdt de volgende.',
        0.95,
        'thanks for the report',
      ),
      en(
        'Thanks for flagging this, Dan. You are rebooked on the 7:10 tomorrow.',
        0.99,
        'near-miss: thanks for reporting',
      ),
      en('Thanks Dan! Glad you enjoyed it.', 0.6, 'borderline verdict: could be sincere'),
      {
        ...en('Thanks Dan! Glad you enjoyed it.', 0.65, 'borderline, and read as a compliment'),
        category: 'compliment',
      },
      en('Thanks Dan! Glad you enjoyed it.', 0.2, 'sincere praise'),
      { draft: 'Thanks Dan!', posts: sarcasticEn, note: 'no verdict from the analysis' },
    ],
  });
});
