import { findPhrases } from './phrase-list';
import { readThreadFacts } from './thread-context';
import { defineRule } from './types';
import { howFound } from './word-lists';

export default defineRule({
  id: 'outreach-unexplained-contact',
  kind: 'outreach',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Een ongevraagde reactie (het merk werd niet getagd of genoemd) die niet zegt hoe je het bericht vond.',
    en: 'An unsolicited reply (the brand was not tagged or named) that does not say how the post was found.',
  },
  check: (input) => {
    const { draft, thread, brand } = input;
    if (thread.posts.length === 0 || draft.trim().length === 0) return [];
    if (readThreadFacts(thread, brand).addressedBrand) return [];
    if (findPhrases(input.text, howFound).length > 0) return [];
    const first = input.text.sentences[0];
    const span = first ? { start: first.start, end: first.end } : { start: 0, end: draft.length };
    const dutch = input.draftLanguage === 'nl' || (input.draftLanguage === 'other' && input.language === 'nl');
    const opener = dutch ? 'We zagen je bericht voorbijkomen.' : 'We came across your post.';
    return [
      {
        ruleId: 'outreach-unexplained-contact',
        message: {
          nl: `Deze persoon sprak ${brand.name} niet aan. Zeg eerst hoe je het bericht vond (bijv. "We zagen je bericht voorbijkomen."), anders voelt de reactie als meekijken.`,
          en: `This person never addressed ${brand.name}. Say first how you found the post (e.g. "We came across your post."), or the reply feels like being watched.`,
        },
        span,
        suggestions: [`${opener} ${draft.trimStart()}`],
      },
    ];
  },
});
