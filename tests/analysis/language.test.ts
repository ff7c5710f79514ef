import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/analysis/language';

describe('detectLanguage', () => {
  it.each([
    ['Goed bezig jongens! 👏', 'nl'],
    ['Bedankt hoor, weer een uur vertraging 🙄', 'nl'],
    ['Lekker bezig @NS', 'nl'],
    ['Thanks a lot for nothing', 'en'],
    ['Oh great, another delay 🙄', 'en'],
    ['@Bundlr still waiting for my refund', 'en'],
    ['Thanks!', 'en'],
    ['Bedankt!', 'nl'],
    ['Top service, echt super geholpen door jullie medewerker', 'nl'],
    ['My train was late again but the conductor was lovely, echt top', 'en'],
    ['👏👏', 'other'],
    ['🙄', 'other'],
    ['', 'other'],
    ['1234 5678', 'other'],
    ['Der Zug ist schon wieder zu spät, danke für nichts.', 'other'],
    ['Le train est encore en retard, merci beaucoup.', 'other'],
    ['El tren llega tarde otra vez, gracias por nada.', 'other'],
    ['asdf qwer zxcv', 'other'],
  ])('%j → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('reads a 10,000-character post', () => {
    expect(detectLanguage('De trein is weer te laat. '.repeat(400))).toBe('nl');
    expect(detectLanguage('x'.repeat(10_000))).toBe('other');
  });

  it('always answers one of nl, en, other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) =>
        ['nl', 'en', 'other'].includes(detectLanguage(text)),
      ),
    );
  });
});
