/**
 * Wall-clock parts of an instant in an IANA time zone, through Intl (no time-zone library). Offsets change only on
 * whole or half hours, so results are cached per zone and UTC half hour: 100,000 log items cost a few hundred
 * Intl calls, not 100,000.
 */
import { weekdays, type Weekday } from '../settings/schema';

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  weekday: Weekday;
  /** 0–6, Monday first. */
  weekdayIndex: number;
  hour: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** Local wall time minus UTC, in ms (Amsterdam winter: +3,600,000). */
  offsetMs: number;
}

const halfHour = 30 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone (settings validation). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset at an instant, in ms. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(ms / halfHour);
  const cached = cache.get(bucket);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(bucket * halfHour))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const offset = wall - bucket * halfHour;
  cache.set(bucket, offset);
  return offset;
}

export function localParts(ms: number, timeZone: string): LocalParts {
  const offsetMs = zoneOffsetMs(ms, timeZone);
  const wall = new Date(ms + offsetMs);
  const dayIndex = (wall.getUTCDay() + 6) % 7;
  const weekday = weekdays[dayIndex] ?? 'mon';
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday,
    weekdayIndex: dayIndex,
    hour: wall.getUTCHours(),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    offsetMs,
  };
}

/** The UTC instant of a local wall time on a local date (offset taken at that wall time). */
export function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day) + minutes * 60_000;
  // Two passes settle the offset across a DST change.
  const first = wall - zoneOffsetMs(wall, timeZone);
  return wall - zoneOffsetMs(first, timeZone);
}
