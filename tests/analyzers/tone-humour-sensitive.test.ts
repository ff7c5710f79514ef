import { describe } from 'vitest';
import rule from '../../lib/analyzers/tone-humour-sensitive';
import { ruleTable } from './rule-table';

const death = [{ id: 'p1', author: 'Joke', text: 'Mijn man is vorige maand overleden, hoe zet ik het contract over?' }];
const accident = [
  { id: 'p1', author: 'Kees', text: 'Mijn vrouw is aangereden op het perron en ligt in het ziekenhuis' },
];
const kids = [{ id: 'p1', author: 'Rachel', text: 'Stuck in Oslo with my 2 kids, flight cancelled' }];
const fraud = [{ id: 'p1', author: 'Mia', text: 'my card was used for fraud and my parcel was stolen' }];
const plain = [{ id: 'p1', author: 'Rik', text: 'Wanneer begint de sale?' }];

describe('tone-humour-sensitive', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'Oei [[😂]] sterkte!', posts: death, note: 'laughing emoji on a death' },
      { draft: 'Bagagekarren zijn wilde beesten [[haha]] [[🤣]]', posts: accident },
      { draft: '[[lol]] Oslo is not the worst place [[😅]]', posts: kids, note: 'children' },
      { draft: 'What a week indeed [[😂]]', posts: fraud, note: 'fraud' },
    ],
    passes: [
      { draft: 'Gecondoleerd, Joke. Ik bel je morgen om het door te nemen.', posts: death },
      { draft: 'Haha, de sale begint op 26 december 😂', posts: plain, note: 'humour is fine off sensitive topics' },
      { draft: 'Hahnemann is geen grap, sorry', posts: death, note: 'near-miss: "ha" inside a word' },
    ],
  });
});
