import { describe } from 'vitest';
import rule from '../../lib/analyzers/outreach-unexplained-contact';
import { ruleTable, type RuleCase } from './rule-table';

const brand = { name: 'Autovia', handles: ['@Autovia_NL'] };
const stranger = [
  { id: 'p1', author: 'Lisa', handle: '@lisa_k', text: 'Actieradius halveert bij mij in de winter 🥶' },
];
const strangerEn = [{ id: 'p1', author: 'Tom', handle: '@tom', text: 'Road trip this weekend!' }];
const unsolicited = (draft: string, note?: string): RuleCase => ({ draft, brand, posts: stranger, note });

describe('outreach-unexplained-contact', () => {
  ruleTable(rule, {
    flags: [
      unsolicited('[[Hoi Lisa, voorverwarmen aan de lader helpt echt]]! Succes.', 'first sentence'),
      unsolicited('[[Goede reis]]!'),
      { draft: '[[Have a great trip Tom]]!', brand, posts: strangerEn, note: 'English' },
    ],
    passes: [
      unsolicited('Hoi Lisa, we zagen je tweet. Voorverwarmen helpt echt.'),
      unsolicited('Hoi Lisa, we kwamen je bericht tegen: voorverwarmen helpt.', 'separable verb with gap'),
      unsolicited('Hoi Lisa, je tagde ons niet, maar misschien helpt dit: voorverwarmen.'),
      unsolicited(
        'Hoi Lisa, je tweet kwam langs toen we zochten op “actieradius”. Voorverwarmen helpt.',
        'found by search',
      ),
      { draft: "Hi Tom, your post showed up when we were searching for 'road trip'. Enjoy!", brand, posts: strangerEn },
      { draft: 'Hi Tom, we came across your post. Enjoy the trip!', brand, posts: strangerEn },
      { draft: 'Hi Tom, we noticed your post: check your tyres first!', brand, posts: strangerEn },
      {
        draft: 'Voorverwarmen helpt!',
        brand,
        posts: [{ id: 'p1', author: 'Lisa', text: '@Autovia_NL actieradius halveert?' }],
        note: 'near-miss: she tagged us',
      },
    ],
  });
});
