/**
 * Business hours (settings.businessHours): is the team open at an instant, when does it open next, and how much
 * open time lies between two instants (for response times "counting only business hours").
 *
 * Precedence: an open exception (crisis: around the clock) beats a closed one (holiday), which beats the week.
 */
import type { BusinessHours } from '../settings/schema';
import { instantOf, localParts } from './local-time';

type Interval = [number, number];
const day = 24 * 60 * 60 * 1000;

const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

export interface OpenState {
  open: boolean;
  /** The exception that decided it, if any (e.g. "storm crisis"). */
  exception?: string;
}

export function openStateAt(hours: BusinessHours, at: Date): OpenState {
  const ms = at.getTime();
  const covering = hours.exceptions.filter((ex) => Date.parse(ex.from) <= ms && ms < Date.parse(ex.to));
  const openException = covering.find((ex) => ex.open);
  if (openException) return { open: true, exception: openException.label };
  const closedException = covering.find((ex) => !ex.open);
  if (closedException) return { open: false, exception: closedException.label };
  const local = localParts(ms, hours.timeZone);
  const open = hours.week[local.weekday].some(
    (span) => minutesOf(span.start) <= local.minutes && local.minutes < minutesOf(span.end),
  );
  return { open };
}

/** Open now? With hours switched off the team counts as always open. */
export function isOpenAt(hours: BusinessHours, at: Date): boolean {
  return !hours.enabled || openStateAt(hours, at).open;
}

/** The next instant after `at` when the team opens, within two weeks; undefined if none (or already open). */
export function nextOpening(hours: BusinessHours, at: Date): Date | undefined {
  const ms = at.getTime();
  if (openStateAt(hours, at).open) return undefined;
  const candidates: number[] = [];
  for (const ex of hours.exceptions) candidates.push(Date.parse(ex.open ? ex.from : ex.to));
  for (let offset = 0; offset <= 14; offset++) {
    const local = localParts(ms + offset * day, hours.timeZone);
    for (const span of hours.week[local.weekday]) {
      candidates.push(instantOf(local.year, local.month, local.day, minutesOf(span.start), hours.timeZone));
    }
  }
  const first = candidates
    .filter((candidate) => candidate > ms && candidate < ms + 15 * day)
    .sort((a, b) => a - b)
    .find((candidate) => openStateAt(hours, new Date(candidate)).open);
  return first === undefined ? undefined : new Date(first);
}

/** Open-hours milliseconds in [from, to). Hours switched off: plain elapsed time. */
export function openMsBetween(hours: BusinessHours, from: number, to: number): number {
  if (!(to > from)) return 0;
  if (!hours.enabled) return to - from;
  let open: Interval[] = [];
  const first = localParts(from, hours.timeZone);
  // Walk local dates; noon avoids landing on the wrong date across DST changes.
  for (let noon = instantOf(first.year, first.month, first.day, 12 * 60, hours.timeZone); ; noon += day) {
    const local = localParts(noon, hours.timeZone);
    const midnight = instantOf(local.year, local.month, local.day, 0, hours.timeZone);
    if (midnight >= to) break;
    for (const span of hours.week[local.weekday]) {
      open.push([
        instantOf(local.year, local.month, local.day, minutesOf(span.start), hours.timeZone),
        instantOf(local.year, local.month, local.day, minutesOf(span.end), hours.timeZone),
      ]);
    }
  }
  const exceptions = (isOpen: boolean): Interval[] =>
    hours.exceptions.filter((ex) => ex.open === isOpen).map((ex) => [Date.parse(ex.from), Date.parse(ex.to)]);
  open = union([...subtract(open, exceptions(false)), ...exceptions(true)]);
  let total = 0;
  for (const [start, end] of open) total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  return total;
}

function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function subtract(intervals: Interval[], holes: Interval[]): Interval[] {
  let result = intervals;
  for (const [holeStart, holeEnd] of holes) {
    result = result.flatMap(([start, end]): Interval[] => {
      if (holeEnd <= start || holeStart >= end) return [[start, end]];
      const pieces: Interval[] = [];
      if (holeStart > start) pieces.push([start, holeStart]);
      if (holeEnd < end) pieces.push([holeEnd, end]);
      return pieces;
    });
  }
  return result;
}
