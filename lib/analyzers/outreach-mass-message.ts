import { cachedShingleSet, shinglesOfWords, similarity } from './shingles';
import { readThreadFacts } from './thread-context';
import { defineRule } from './types';

/** Replies in this window count as "recent". */
const windowMs = 7 * 24 * 60 * 60 * 1000;
/** Shingle overlap from which two replies are "nearly the same text". */
const nearSame = 0.6;
/** Earlier recipients of nearly the same text from which it is mass messaging. */
const recipientLimit = 2;

export default defineRule({
  id: 'outreach-mass-message',
  kind: 'outreach',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Een ongevraagde reactie waarvan (bijna) dezelfde tekst recent al naar meerdere mensen ging.',
    en: 'An unsolicited reply whose (nearly) same text recently went to several people.',
  },
  check: (input) => {
    const { draft, thread, brand, history, now } = input;
    if (thread.posts.length === 0 || history.length === 0 || draft.trim().length === 0) return [];
    if (readThreadFacts(thread, brand).addressedBrand) return [];
    const draftShingles = shinglesOfWords(input.text.tokens.map((token) => token.norm));
    const recipients = new Set<string>();
    history.forEach((item, index) => {
      if (!item.reply) return;
      const age = now.getTime() - Date.parse(item.time);
      if (!(age >= 0 && age <= windowMs)) return;
      if (similarity(draftShingles, cachedShingleSet(item.reply)) < nearSame) return;
      recipients.add(item.handle?.toLowerCase() ?? item.threadUrl ?? `#${index}`);
    });
    if (recipients.size < recipientLimit) return [];
    const start = draft.length - draft.trimStart().length;
    return [
      {
        ruleId: 'outreach-mass-message',
        message: {
          nl: `Bijna dezelfde tekst ging de afgelopen week al naar ${recipients.size} mensen die ${brand.name} niet aanspraken. Zo'n rondzending valt op en voelt als spam: schrijf alleen iemand aan met een reactie op wat híj schreef.`,
          en: `Nearly the same text already went to ${recipients.size} people this week who never addressed ${brand.name}. Mass replies get noticed and read as spam: only reach out with a reply to what this person wrote.`,
        },
        span: { start, end: draft.trimEnd().length },
      },
    ];
  },
});
