/**
 * Insights over the handled-items log: plain records in, plain figures out (the insights page draws them as
 * charts; the benchmark runs this over 100,000 items). No storage access here: the page loads rows once and
 * recomputes on every filter change.
 */
import type { BusinessHours } from '../settings/schema';
import type { HandledRecord } from '../db/records';
import { categorySchema, type Category } from '../analysis/types';
import { openMsBetween } from './business-hours';
import { dayNumberToIso, isoToMs, zoneOffsetMs } from './local-time';
import { recurringTerms, type RecurringTerm } from './terms';

export interface InsightsFilter {
  /** ISO instants on handledAt: inclusive from, exclusive to. */
  from?: string;
  to?: string;
  /** Empty or absent = all. */
  platforms?: readonly string[];
  agents?: readonly string[];
}

export interface InsightsOptions {
  /** Zone for the hour × weekday grid; the business-hours zone by default. */
  timeZone: string;
  /** When given with countOnlyOpenHours, response times count only open hours. */
  businessHours?: BusinessHours;
}

export interface ResponseTimeStats {
  /** Items with a known post time. */
  count: number;
  medianMs: number;
  p90Ms: number;
  /** Share (0..1) answered within 1 hour / 24 hours. */
  within1h: number;
  within24h: number;
  openHoursOnly: boolean;
  /** Histogram buckets for the chart: upper bounds in ms (last = Infinity) and counts. */
  buckets: { upToMs: number; count: number }[];
}

export interface Insights {
  count: number;
  /** [weekday 0=Mon..6=Sun][hour 0..23]: items by when the customer posted (else when handled). */
  volume: number[][];
  /** Items per local day, "YYYY-MM-DD" ascending. */
  perDay: { day: string; count: number }[];
  responseTime: ResponseTimeStats | null;
  categories: Record<Category, number>;
  sarcasm: { sarcastic: number; total: number; rate: number; corrected: number };
  /** Phrasebook entries used most. */
  entries: { entryId: string; count: number }[];
  /** Recurring words/topics in complaints (incl. repeated negatives) and in questions. */
  terms: { complaints: RecurringTerm[]; questions: RecurringTerm[] };
  /** Values present in the unfiltered input, for the filter menus. */
  platforms: string[];
  agents: string[];
}

const hour = 60 * 60 * 1000;
const dayMs = 24 * hour;
/**
 * FAQ candidates come from the latest this-many complaints and this-many questions of the selection. Tokenising
 * costs ~1 µs per text (more under load), so all 100,000 items would take ~150 ms; 5,000 recent texts of each
 * kind give a stable top 15 (and the recent ones are what a FAQ needs) within the 100 ms budget for the whole.
 */
export const termSampleSize = 5_000;

/** Parallel arrays (not an object per text): less garbage on the 100,000-item path. */
interface TimedTexts {
  texts: string[];
  times: number[];
}
const bucketBounds = [15 * 60 * 1000, hour, 4 * hour, 24 * hour, 72 * hour, Infinity];

export function filterItems(items: readonly HandledRecord[], filter: InsightsFilter): HandledRecord[] {
  const platforms = filter.platforms?.length ? new Set(filter.platforms) : null;
  const agents = filter.agents?.length ? new Set(filter.agents) : null;
  return items.filter(
    (item) =>
      (!filter.from || item.handledAt >= filter.from) &&
      (!filter.to || item.handledAt < filter.to) &&
      (!platforms || platforms.has(item.platform)) &&
      (!agents || agents.has(item.agent)),
  );
}

/** Value at quantile q (0..1) of ascending values, nearest-rank. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function computeInsights(
  all: readonly HandledRecord[],
  filter: InsightsFilter,
  options: InsightsOptions,
): Insights {
  const platforms = filter.platforms?.length ? new Set(filter.platforms) : null;
  const agents = filter.agents?.length ? new Set(filter.agents) : null;
  const volume = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const perDay = new Map<number, number>();
  const categories = Object.fromEntries(categorySchema.options.map((c) => [c, 0])) as Record<Category, number>;
  const entryCounts = new Map<string, number>();
  const responses = new Float64Array(all.length);
  let count = 0;
  let responseCount = 0;
  let sarcastic = 0;
  let corrected = 0;
  const complaintTexts: TimedTexts = { texts: [], times: [] };
  const questionTexts: TimedTexts = { texts: [], times: [] };
  const openHoursOnly = Boolean(options.businessHours?.enabled && options.businessHours.countOnlyOpenHours);

  // One pass, filtering inline: no copy of 100,000 items per filter change.
  const allPlatforms = new Set<string>();
  const allAgents = new Set<string>();
  for (const item of all) {
    allPlatforms.add(item.platform);
    allAgents.add(item.agent);
    if (filter.from && item.handledAt < filter.from) continue;
    if (filter.to && item.handledAt >= filter.to) continue;
    if (platforms && !platforms.has(item.platform)) continue;
    if (agents && !agents.has(item.agent)) continue;
    count++;
    const handledMs = isoToMs(item.handledAt);
    // responseMs is handled − posted (log.ts), so the post time needs no second parse.
    const postedMs =
      item.responseMs !== undefined ? handledMs - item.responseMs : item.postedAt ? isoToMs(item.postedAt) : Number.NaN;
    // Inlined localDayHour (local-time.ts): no object per item on the hot path.
    const at = Number.isNaN(postedMs) ? handledMs : postedMs;
    const wall = at + zoneOffsetMs(at, options.timeZone);
    const dayNumber = Math.floor(wall / dayMs);
    const weekday = (((dayNumber + 3) % 7) + 7) % 7;
    const hourOfDay = Math.floor((wall - dayNumber * dayMs) / hour);
    const row = volume[weekday];
    if (row) row[hourOfDay] = (row[hourOfDay] ?? 0) + 1;
    perDay.set(dayNumber, (perDay.get(dayNumber) ?? 0) + 1);
    categories[item.category]++;
    if (item.sarcastic) sarcastic++;
    if (item.sarcasmCorrected) corrected++;
    if (item.entryId) entryCounts.set(item.entryId, (entryCounts.get(item.entryId) ?? 0) + 1);
    if (!Number.isNaN(postedMs)) {
      responses[responseCount++] =
        openHoursOnly && options.businessHours
          ? openMsBetween(options.businessHours, postedMs, handledMs)
          : Math.max(0, handledMs - postedMs);
    }
    if (item.excerpt) {
      if (item.category === 'complaint' || item.category === 'repeated_negative') {
        complaintTexts.texts.push(item.excerpt);
        complaintTexts.times.push(handledMs);
      } else if (item.category === 'question') {
        questionTexts.texts.push(item.excerpt);
        questionTexts.times.push(handledMs);
      }
    }
  }

  const sorted = responses.subarray(0, responseCount).sort();
  let responseTime: ResponseTimeStats | null = null;
  if (responseCount > 0) {
    const countBelow = (bound: number) => upperBound(sorted, bound);
    let previous = 0;
    responseTime = {
      count: responseCount,
      medianMs: quantile(sorted, 0.5),
      p90Ms: quantile(sorted, 0.9),
      within1h: countBelow(hour) / responseCount,
      within24h: countBelow(24 * hour) / responseCount,
      openHoursOnly,
      buckets: bucketBounds.map((bound) => {
        const below = countBelow(bound);
        const count = below - previous;
        previous = below;
        return { upToMs: bound, count };
      }),
    };
  }

  return {
    count,
    volume,
    perDay: [...perDay].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day: dayNumberToIso(day), count })),
    responseTime,
    categories,
    sarcasm: { sarcastic, total: count, rate: count ? sarcastic / count : 0, corrected },
    entries: [...entryCounts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10)
      .map(([entryId, count]) => ({ entryId, count })),
    terms: {
      complaints: recurringTerms(latest(complaintTexts, termSampleSize)),
      questions: recurringTerms(latest(questionTexts, termSampleSize)),
    },
    platforms: [...allPlatforms].sort(),
    agents: [...allAgents].sort(),
  };
}

/** Texts of the `limit` latest items (ties at the edge included). */
function latest({ texts, times }: TimedTexts, limit: number): string[] {
  if (texts.length <= limit) return texts;
  const sorted = Float64Array.from(times).sort();
  const threshold = sorted[sorted.length - limit] ?? -Infinity;
  return texts.filter((_, index) => (times[index] ?? -Infinity) >= threshold);
}

/** Number of values ≤ bound in an ascending array. */
function upperBound(sorted: Float64Array, bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= bound) low = mid + 1;
    else high = mid;
  }
  return low;
}
