import { describe } from 'vitest';
import type { CustomerHistoryItem } from '../../lib/analysis/types';
import rule from '../../lib/analyzers/outreach-mass-message';
import { ruleTable } from './rule-table';

const brand = { name: 'Autovia', handles: ['@Autovia_NL'] };
const stranger = [{ id: 'p1', author: 'Tom', handle: '@tom', text: 'Eindelijk weekend! Roadtrip 🚗' }];
const sent = (handle: string, reply: string, time = '2026-11-19T10:00:00Z'): CustomerHistoryItem => ({
  platform: 'x',
  handle,
  category: 'other',
  time,
  reply,
});
const text = 'Hoi! Wij zagen je bericht voorbijkomen. Fijne roadtrip en goede reis!';
const twoOthers = [sent('@a', text), sent('@b', text.replace('Hoi!', 'Hoi Bert!'))];

describe('outreach-mass-message', () => {
  ruleTable(rule, {
    flags: [
      { draft: `[[${text}]]`, brand, posts: stranger, history: twoOthers, note: 'same text to two others' },
      {
        draft: `[[${text.replace('Hoi!', 'Hoi Tom!')}]]`,
        brand,
        posts: stranger,
        history: twoOthers,
        note: 'only the name changed',
      },
      {
        draft: '[[Hi! We saw your post. Enjoy the trip and drive safely!]]',
        brand,
        posts: [{ id: 'p1', author: 'Tom', handle: '@tom', text: 'Road trip!' }],
        history: [
          sent('@x', 'Hi! We saw your post. Enjoy the trip and drive safely!'),
          sent('@y', 'Hey! We saw your post. Enjoy the trip and drive safely!'),
        ],
        note: 'English',
      },
    ],
    passes: [
      { draft: text, brand, posts: stranger, history: [sent('@a', text)], note: 'near-miss: only one other' },
      { draft: text, brand, posts: stranger, history: [sent('@a', text), sent('@a', text)], note: 'same person twice' },
      {
        draft: text,
        brand,
        posts: stranger,
        history: [sent('@a', text, '2026-10-01T10:00:00Z'), sent('@b', text, '2026-10-02T10:00:00Z')],
        note: 'long ago',
      },
      {
        draft: 'Hoi Tom, wij zagen je bericht. Check voor vertrek je bandenspanning!',
        brand,
        posts: stranger,
        history: twoOthers,
        note: 'a different text',
      },
      {
        draft: text,
        brand,
        posts: [{ id: 'p1', author: 'Tom', handle: '@tom', text: '@Autovia_NL roadtrip!' }],
        history: twoOthers,
        note: 'he tagged us: not outreach',
      },
    ],
  });
});
