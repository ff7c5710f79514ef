import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import type { Category, CustomerHistoryItem } from '../../lib/analysis/types';
import { flipPairs, thread } from './threads';

const brand = { name: 'Bundlr', handles: ['@BundlrHelp'], voice: 'informal' as const };
const categoryOf = (text: string, history: CustomerHistoryItem[] = []) =>
  analyze(thread([{ id: 't1', author: 'Customer', handle: '@cust', text }], { brand }), { history }).category;

describe('classifyCategory', () => {
  it.each<[string, Category]>([
    ['@BundlrHelp kan ik mijn bestelling nog wijzigen naar een ander adres?', 'question'],
    ['@BundlrHelp can I still change the delivery address of my order?', 'question'],
    ['@BundlrHelp my parcel is 9 days late, nobody answers the chat and the tracking is broken.', 'complaint'],
    ['@BundlrHelp al 2 weken geen pakket, niemand reageert en de chat werkt niet. Waardeloos.', 'complaint'],
  ])('%j → %s', (text, expected) => {
    expect(categoryOf(text)).toBe(expected);
  });

  it.each([
    [
      'nl',
      'Mijn pakket is kwijt, kunnen jullie kijken?',
      'Gevonden! Hij wordt morgen alsnog bezorgd. ^Mo',
      'Sorry, daar kunnen we niets mee. Vul het formulier in. ^Mo',
      'Top, dank jullie wel voor het snelle zoeken!',
    ],
    [
      'en',
      'My parcel seems lost, can you check?',
      "Found it! It'll be delivered tomorrow morning. ^Mo",
      "Sorry, we can't help with that here. Please fill in the form. ^Mo",
      'Brilliant, thank you so much for finding it so quickly!',
    ],
  ])(
    '%s thanks after help reads more sincere than after a brush-off, and sincere thanks is a compliment',
    (_lang, question, helpful, brushOff, thanks) => {
      const after = (reply: string) =>
        thread(
          [
            { id: 'h1', author: 'Customer', handle: '@cust', text: `@BundlrHelp ${question}` },
            { id: 'h2', author: 'Bundlr', handle: '@BundlrHelp', text: reply },
            { id: 'h3', author: 'Customer', handle: '@cust', text: thanks },
          ],
          { brand },
        );
      const helped = analyze(after(helpful));
      const brushed = analyze(after(brushOff));
      expect(helped.sarcasm.score).toBeLessThan(brushed.sarcasm.score);
      if (!helped.sarcasm.sarcastic) expect(helped.category).toBe('compliment');
    },
  );

  it('a sarcastic compliment is a complaint', () => {
    const sarcastic = flipPairs.map((pair) => analyze(pair.sarcastic)).filter((analysis) => analysis.sarcasm.sarcastic);
    expect(sarcastic.length).toBeGreaterThan(0);
    for (const analysis of sarcastic) expect(analysis.category).toBe('complaint');
  });

  it('a complaint by a customer who left negative posts on other threads is repeated_negative', () => {
    const text = '@BundlrHelp still no refund for my order, 5 weeks now. Nobody answers.';
    const history: CustomerHistoryItem[] = [
      {
        platform: 'facebook',
        threadUrl: 'https://facebook.com/bundlr/posts/1',
        category: 'complaint',
        time: '2026-11-20T10:00:00Z',
      },
      {
        platform: 'linkedin',
        threadUrl: 'https://linkedin.com/feed/update/2',
        category: 'complaint',
        time: '2026-11-21T10:00:00Z',
      },
    ];
    expect(categoryOf(text)).toBe('complaint');
    expect(categoryOf(text, history)).toBe('repeated_negative');
  });

  it('a follow-up in their own thread stays a complaint, whatever the log says', () => {
    const followUp = thread(
      [
        {
          id: 'f1',
          author: 'Customer',
          handle: '@cust',
          text: '@BundlrHelp my parcel is 9 days late and nobody answers.',
        },
        { id: 'f2', author: 'Bundlr', handle: '@BundlrHelp', text: 'Sorry! Could you DM us your order number? ^Mo' },
        {
          id: 'f3',
          author: 'Customer',
          handle: '@cust',
          text: 'Did that yesterday. Still no answer, still no parcel.',
        },
      ],
      { brand, url: 'https://x.com/cust/status/1' },
    );
    const history: CustomerHistoryItem[] = [
      { platform: 'x', threadUrl: 'https://x.com/cust/status/0', category: 'complaint', time: '2026-11-20T10:00:00Z' },
    ];
    expect(analyze(followUp, { history }).category).toBe('complaint');
  });
});
