/**
 * The word-level mechanisms of the ranking: word forms, synonyms weighed below the exact word, compound splitting
 * against the book's vocabulary, stop phrases, variables kept out of the index, and a detected category that
 * cannot outrank the customer's words.
 */
import { describe, expect, it } from 'vitest';
import { rankReplies, rankWeights, type RankInput } from '../../lib/phrasebook/rank';
import { compoundParts, textTerms } from '../../lib/phrasebook/text-terms';
import { phrasebookEntrySchema, type PhrasebookEntry, type PhrasebookEntryInput } from '../../lib/phrasebook/schema';
import type { Thread } from '../../lib/thread/schema';

const entry = (input: PhrasebookEntryInput): PhrasebookEntry => phrasebookEntrySchema.parse(input);

function inputFor(text: string, overrides: Partial<RankInput> = {}): RankInput {
  const posts = [{ id: 'p1', author: 'Annelies Meijer', isBrand: false, text }];
  const thread: Thread = { version: 1, platform: 'x', posts, targetId: 'p1' };
  return {
    thread,
    target: posts[0] as Thread['posts'][number],
    language: 'nl',
    category: 'other',
    brand: { name: 'SpoorLinq', handles: ['@SpoorLinq'], voice: 'informal' },
    fill: {},
    now: new Date('2026-11-25T10:00:00Z'),
    limit: 5,
    ...overrides,
  };
}

const ids = (books: PhrasebookEntry[], text: string, overrides: Partial<RankInput> = {}) =>
  rankReplies(books, inputFor(text, overrides)).map((suggestion) => suggestion.id);

describe('compoundParts', () => {
  const stemOf = (word: string) => textTerms(word, 'nl')[0]?.stem;
  const stems = new Set(['trein', 'vertraging', 'wachten', 'compensatie'].map(stemOf));
  const known = (term: { stem: string }) => stems.has(term.stem);
  const partStems = (word: string) => compoundParts(word, 'nl', known).map((term) => term.stem);

  it('splits a compound into known parts, also with a linking s', () => {
    expect(partStems('treinvertraging')).toEqual([stemOf('trein'), stemOf('vertraging')]);
    expect(partStems('vertragingscompensatie')).toEqual([stemOf('vertraging'), stemOf('compensatie')]);
  });

  it('leaves a prefix verb, an unknown head and a short word whole', () => {
    expect(compoundParts('verwachten', 'nl', known)).toEqual([]);
    expect(compoundParts('busvertraging', 'nl', known)).toEqual([]);
    expect(compoundParts('trein', 'nl', known)).toEqual([]);
  });
});

describe('rankReplies word matching', () => {
  it('reads a customer’s compound through its parts', () => {
    const books = [
      entry({ id: 'rail', title: 'Trein', text: { nl: 'Je trein had vertraging, sorry.' } }),
      entry({ id: 'bus', title: 'Bus', text: { nl: 'Je bus had vertraging, sorry.' } }),
    ];
    const [top] = rankReplies(books, inputFor('Alweer treinvertraging vanochtend'));
    expect(top?.id).toBe('rail');
    expect(top?.why).toMatch(/trein/);
  });

  it('reads word forms the stemmer misses as the same word ("vertraagd" is "vertraging")', () => {
    const [top] = rankReplies(
      [entry({ id: 'delay', title: 'Vertraging', text: { nl: 'Over vertraging.' } })],
      inputFor('Trein vertraagd'),
    );
    expect(top?.why).toMatch(/vertraagd/);
  });

  it('puts the exact word above a synonym, and still finds the synonym', () => {
    const books = [
      entry({ id: 'synonym', title: 'Vertraging', text: { nl: 'Je trein had vertraging.' } }),
      entry({ id: 'exact', title: 'Stilstaan', text: { nl: 'Je trein staat stil: stilstaan is balen.' } }),
    ];
    expect(ids(books, 'Weer stilstaan bij Gouda')).toEqual(['exact', 'synonym']);
  });

  it('drops idioms whose words mislead ("geen idee" is no suggestion)', () => {
    const books = [
      entry({ id: 'idea', title: 'Idee', text: { nl: 'Leuk idee, ik geef het door.' } }),
      entry({ id: 'parcel', title: 'Pakket', text: { nl: 'Waar je pakket is, zoek ik uit.' } }),
    ];
    expect(ids(books, 'Geen idee waar mijn pakket is')).toEqual(['parcel']);
    expect(textTerms('No idea, never mind', 'en')).toEqual([]);
  });

  it('does not index variables: "{firstName}" is no word of the answer', () => {
    const books = [entry({ id: 'greeting', title: 'Hoi', text: { nl: 'Hoi {firstName}, fijn dat je er bent.' } })];
    expect(ids(books, 'firstname')).toEqual([]);
  });

  it('lets a detected category lift entries by how well the words match: a wrong one cannot outrank them', () => {
    const books = [
      entry({ id: 'suggestion', title: 'Suggestie', text: { nl: 'Dank voor je tip!' }, categories: ['suggestion'] }),
      entry({
        id: 'login',
        title: 'Inloggen lukt niet',
        text: { nl: 'Lukt inloggen in de app niet? Log uit en weer in.' },
        categories: ['question', 'suggestion'],
      }),
    ];
    const ranked = rankReplies(books, inputFor('De app crasht elke keer bij het inloggen', { category: 'suggestion' }));
    expect(ranked.map((suggestion) => suggestion.id)).toEqual(['login', 'suggestion']);
    // No word in common: only part of the category boost; every word in common: all of it.
    expect(ranked[1]?.score).toBeLessThan(rankWeights.category);
    expect(ranked[0]?.score).toBeCloseTo(1 + rankWeights.category, 3);
  });
});
