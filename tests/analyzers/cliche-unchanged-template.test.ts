import { describe } from 'vitest';
import rule from '../../lib/analyzers/cliche-unchanged-template';
import { ruleTable } from './rule-table';

const template = 'Hoi! Er is een storing; we verwachten dat de treinen binnen een uur weer rijden. ^SV';
const english = 'We are sorry your flight was delayed. Compensation can be claimed within 30 days. ^SV';

describe('cliche-unchanged-template', () => {
  ruleTable(rule, {
    flags: [
      { draft: `[[${template}]]`, config: { sentToday: { [template]: 7 } }, note: 'sent 7 times today' },
      {
        draft: `  [[${template.replace('Hoi!', 'Hoi Joost!')}]]  `,
        config: { sentToday: { [template]: 5 } },
        note: 'only the name added, surrounding spaces left out',
      },
      { draft: `[[${english}]]`, config: { sentToday: { [english]: 3 } }, note: 'English, at the limit' },
    ],
    passes: [
      { draft: template, config: { sentToday: { [template]: 2 } }, note: 'near-miss: only twice today' },
      {
        draft: 'Hoi Joost, een seinstoring bij Assen; rond 15:30 rijden de treinen weer. ^SV',
        config: { sentToday: { [template]: 7 } },
        note: 'personal rewrite',
      },
      { draft: template, note: 'no counts known' },
    ],
  });
});
