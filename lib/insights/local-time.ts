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
let lastZone = '';
let lastCache = new Map<number, number>();

export function zoneOffsetMs(ms: number, timeZone: string): number {
  let cache = timeZone === lastZone ? lastCache : offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  lastZone = timeZone;
  lastCache = cache;
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

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The local day number (days since 1970-01-01 in the zone), weekday (0 = Monday) and hour of an instant: the hot
 * path of insights, plain arithmetic on the cached offset (no Date object per item).
 */
export function localDayHour(ms: number, timeZone: string): { dayNumber: number; weekdayIndex: number; hour: number } {
  const wall = ms + zoneOffsetMs(ms, timeZone);
  const dayNumber = Math.floor(wall / dayMs);
  // 1970-01-01 was a Thursday (index 3 when Monday is 0).
  const weekdayIndex = (((dayNumber + 3) % 7) + 7) % 7;
  return { dayNumber, weekdayIndex, hour: Math.floor((wall - dayNumber * dayMs) / 3_600_000) };
}

/** "YYYY-MM-DD" of a local day number. */
export function dayNumberToIso(dayNumber: number): string {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

/**
 * Milliseconds of a stored ISO time. Stored times are normalised to "YYYY-MM-DDTHH:MM:SS.sssZ" (records.ts), read
 * here digit by digit because Date.parse costs ~0.4 µs per call; anything else goes through Date.parse.
 */
export function isoToMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(23) !== 90 /* Z */ || iso.charCodeAt(10) !== 84 /* T */) {
    return Date.parse(iso);
  }
  // Days from the civil date (H. Hinnant's algorithm): integer arithmetic, cheaper than a Date.UTC call.
  let year = number(iso, 0, 4);
  const month = number(iso, 5, 2);
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + number(iso, 8, 2) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  return (
    days * 86_400_000 +
    number(iso, 11, 2) * 3_600_000 +
    number(iso, 14, 2) * 60_000 +
    number(iso, 17, 2) * 1000 +
    number(iso, 20, 3)
  );
}

/** Module-level on purpose: a closure made per call costs more than the parse under tsx (esbuild keepNames). */
function number(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
