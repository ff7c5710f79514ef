import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textTerms } from '../../lib/phrasebook/text-terms';

const terms = (text: string, language: 'nl' | 'en') => textTerms(text, language).map((term) => term.term);

describe('textTerms', () => {
  it('stems Dutch and English words to one term', () => {
    expect(terms('treinen trein', 'nl')).toEqual(['trein', 'trein']);
    expect(terms('refunds refunded refund', 'en')).toEqual(['refund', 'refund', 'refund']);
  });
  it('reads synonyms as their group’s first word', () => {
    expect(new Set(terms('vertraagd vertraging stilstaan', 'nl')).size).toBe(1);
    expect(new Set(terms('parcel package delivery', 'en')).size).toBe(1);
  });
  it('drops stop words, numbers and clitics, folds accents and case', () => {
    expect(terms("We'll be there at 8, don't worry", 'en')).toEqual(terms('worry', 'en'));
    expect(terms('Geïnd ÉÉN keer', 'nl')).toEqual(terms('geind een keer', 'nl'));
  });
  it('keeps the written word for "matches: …"', () => {
    expect(textTerms('Vertraagd!', 'nl')[0]?.word).toBe('vertraagd');
  });
  it('never throws and gives only non-empty terms (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.constantFrom('nl', 'en' as const),
        (text, language) => {
          for (const term of textTerms(text, language)) expect(term.term.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
