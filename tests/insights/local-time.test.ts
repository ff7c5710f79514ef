import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumberToIso, isoToMs, localDayHour, localParts } from '../../lib/insights/local-time';

describe('local time', () => {
  it('isoToMs equals Date.parse for stored (UTC, milliseconds) times and for other forms (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1900-01-01'), max: Date.parse('2200-01-01') }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(isoToMs(iso)).toBe(ms);
      }),
      { numRuns: 2000 },
    );
    expect(isoToMs('2026-11-20T10:00:00+01:00')).toBe(Date.parse('2026-11-20T09:00:00Z'));
  });

  it('gives weekday, hour and day in the zone, across DST', () => {
    // Sunday 25 Oct 2026, 01:30 UTC = 02:30 CET (after the change back from CEST).
    const winter = Date.parse('2026-10-25T01:30:00Z');
    expect(localParts(winter, 'Europe/Amsterdam')).toMatchObject({ weekday: 'sun', hour: 2, minutes: 150 });
    const summer = Date.parse('2026-10-24T22:30:00Z'); // Sunday 00:30 CEST
    expect(localDayHour(summer, 'Europe/Amsterdam')).toMatchObject({ weekdayIndex: 6, hour: 0 });
    expect(dayNumberToIso(localDayHour(summer, 'Europe/Amsterdam').dayNumber)).toBe('2026-10-25');
    expect(localDayHour(summer, 'UTC')).toMatchObject({ weekdayIndex: 5, hour: 22 });
  });
});
