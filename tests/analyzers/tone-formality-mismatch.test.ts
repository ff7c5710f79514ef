import { describe } from 'vitest';
import rule from '../../lib/analyzers/tone-formality-mismatch';
import { ruleTable } from './rule-table';

const formal = { name: 'Nordbank', handles: ['@Nordbank'], voice: 'formal' as const };
const informal = { name: 'SpoorLinq', handles: ['@SpoorLinq'], voice: 'informal' as const };
const dutchPost = [{ id: 'p1', author: 'Henk', text: '@Nordbank ik kan niet inloggen' }];
const englishPost = [{ id: 'p1', author: 'Sam', text: '@Nordbank is the allowance per person or per booking?' }];

describe('tone-formality-mismatch', () => {
  ruleTable(rule, {
    flags: [
      { draft: '[[U]] kunt [[uw]] kaart online blokkeren.', brand: informal, note: 'u/uw for a je-brand' },
      { draft: 'Heb [[je]] de app al bijgewerkt? Dan werkt [[jouw]] pas weer.', brand: formal, posts: dutchPost },
      { draft: '[[Hoi]] Henk, kunt u de app bijwerken?', brand: formal, posts: dutchPost, note: 'casual greeting' },
      { draft: '[[Hey]] Sam, [[no worries]], per person!', brand: formal, posts: englishPost, note: 'English casual' },
      {
        draft: '[[Dear Sir]], [[please be advised]] that the fare applies. [[Kind regards]]',
        brand: informal,
        posts: englishPost,
        note: 'English stiff for a casual brand',
      },
    ],
    passes: [
      { draft: 'Je kunt je kaart online blokkeren.', brand: informal },
      { draft: 'U kunt uw kaart online blokkeren.', brand: formal, posts: dutchPost },
      { draft: 'De trein vertrekt binnen 24 u vanaf spoor 5.', brand: informal, note: 'near-miss: u = uur' },
      { draft: 'Hello Sam, it is per person. Groet, Sanne', brand: formal, posts: englishPost },
      { draft: 'Hey Sam, per person! Enjoy the trip.', brand: informal, posts: englishPost, note: 'casual is fine' },
      { draft: 'Thank u for the patience', brand: informal, posts: englishPost, note: 'English "u" is not Dutch u' },
    ],
  });
});
