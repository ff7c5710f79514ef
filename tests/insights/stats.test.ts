import { describe, expect, it } from 'vitest';
import { computeInsights, filterItems, quantile } from '../../lib/insights/stats';
import { buildHandledRecord } from '../../lib/db/log';
import { businessHoursSchema } from '../../lib/settings/schema';
import type { HandledInput } from '../../lib/db/records';

const minute = 60_000;
function item(index: number, overrides: Partial<HandledInput> = {}) {
  return buildHandledRecord(
    {
      platform: 'x',
      threadUrl: `https://x.com/c/status/${index}`,
      targetPostId: 'p',
      customerName: 'C',
      customerHandle: `@c${index}`,
      category: 'complaint',
      sarcastic: false,
      ignoredFindings: [],
      agent: 'Sam',
      postedAt: '2026-11-23T08:00:00Z', // Monday 09:00 Amsterdam
      handledAt: new Date(Date.parse('2026-11-23T08:00:00Z') + (index + 1) * 10 * minute).toISOString(),
      ...overrides,
    },
    { storeExcerpts: true },
  );
}

describe('insights', () => {
  it('quantile is nearest-rank', () => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBe(0);
  });

  it('computes volume, response times, categories, sarcasm, entries', () => {
    // Response times 10, 20, …, 100 minutes.
    const items = Array.from({ length: 10 }, (_, index) =>
      item(index, {
        sarcastic: index < 3,
        category: index < 6 ? 'complaint' : 'question',
        entryId: index % 2 ? 'delay' : 'refund',
      }),
    );
    items.push(item(10, { entryId: 'delay', postedAt: undefined, handledAt: '2026-11-29T12:00:00Z' }));
    const insights = computeInsights(items, {}, { timeZone: 'Europe/Amsterdam' });
    expect(insights.count).toBe(11);
    expect(insights.volume[0]?.[9]).toBe(10); // Monday 09:00 local
    expect(insights.volume[6]?.[13]).toBe(1); // Sunday 13:00 local (no post time: handled time)
    expect(insights.responseTime).toMatchObject({
      count: 10,
      medianMs: 50 * minute,
      p90Ms: 90 * minute,
      within1h: 0.6,
      within24h: 1,
    });
    expect(insights.responseTime?.buckets.map((bucket) => bucket.count)).toEqual([1, 5, 4, 0, 0, 0]);
    expect(insights.categories).toMatchObject({ complaint: 7, question: 4, compliment: 0 });
    expect(insights.sarcasm).toMatchObject({ sarcastic: 3, total: 11 });
    expect(insights.entries).toEqual([
      { entryId: 'delay', count: 6 },
      { entryId: 'refund', count: 5 },
    ]);
    expect(insights.perDay).toEqual([
      { day: '2026-11-23', count: 10 },
      { day: '2026-11-29', count: 1 },
    ]);
  });

  it('counts only open hours when the team says so', () => {
    // Posted Friday 19:30 local, handled Monday 08:30 local: 30 min Fri + 6 h Sat + 30 min Mon open.
    const weekend = item(0, { postedAt: '2026-11-27T18:30:00Z', handledAt: '2026-11-30T07:30:00Z' });
    const businessHours = businessHoursSchema.parse({ enabled: true, countOnlyOpenHours: true });
    const open = computeInsights([weekend], {}, { timeZone: 'Europe/Amsterdam', businessHours });
    expect(open.responseTime).toMatchObject({
      medianMs: 7 * 60 * minute,
      openHoursOnly: true,
      within1h: 0,
      within24h: 1,
    });
    const calendar = computeInsights([weekend], {}, { timeZone: 'Europe/Amsterdam' });
    expect(calendar.responseTime?.medianMs).toBe(61 * 60 * minute);
  });

  it('filters by period, platform and agent, keeping the menus complete', () => {
    const items = [
      item(0, { platform: 'facebook', handledAt: '2026-11-01T10:00:00Z' }),
      item(1, { agent: 'Noor' }),
      item(2),
    ];
    expect(filterItems(items, { from: '2026-11-10T00:00:00.000Z' })).toHaveLength(2);
    expect(filterItems(items, { platforms: ['facebook'] })).toHaveLength(1);
    expect(filterItems(items, { agents: ['Noor', 'Sam'], to: '2026-11-10T00:00:00.000Z' })).toHaveLength(1);
    const insights = computeInsights(items, { agents: ['Noor'] }, { timeZone: 'UTC' });
    expect(insights.count).toBe(1);
    expect(insights.agents).toEqual(['Noor', 'Sam']);
    expect(insights.platforms).toEqual(['facebook', 'x']);
  });

  it('finds recurring topics in complaints and questions separately', () => {
    const items = [
      item(0, { excerpt: 'Mijn ov-chipkaart is weer geblokkeerd!' }),
      item(1, { excerpt: 'Waarom is mijn OV-chipkaart geblokkeerd? @SpoorLinq https://t.co/x' }),
      item(2, { excerpt: 'Trein naar Utrecht te laat' }),
      item(3, { category: 'question', excerpt: 'How do I get a refund for my ticket?' }),
      item(4, { category: 'question', excerpt: 'Refund for a delayed ticket, how?' }),
      item(5, { category: 'compliment', excerpt: 'Great refund service' }),
    ];
    const { terms } = computeInsights(items, {}, { timeZone: 'UTC' });
    expect(terms.complaints.map((term) => `${term.term}:${term.count}`)).toContain('chipkaart:2');
    expect(terms.complaints.some((term) => term.term.includes('spoorlinq') || term.term.includes('t.co'))).toBe(false);
    expect(terms.questions.map((term) => term.term)).toEqual(expect.arrayContaining(['refund', 'ticket']));
    expect(terms.questions.find((term) => term.term === 'refund')).toMatchObject({ count: 2, share: 1 });
  });

  it('handles an empty log', () => {
    const insights = computeInsights([], {}, { timeZone: 'UTC' });
    expect(insights.count).toBe(0);
    expect(insights.responseTime).toBeNull();
    expect(insights.sarcasm.rate).toBe(0);
  });
});
