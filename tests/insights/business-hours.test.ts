import { describe, expect, it } from 'vitest';
import { businessHoursSchema } from '../../lib/settings/schema';
import { isOpenAt, nextOpening, openMsBetween, openStateAt } from '../../lib/insights/business-hours';

// Amsterdam: UTC+1 in winter, UTC+2 in summer. Default week: Mon–Fri 08–20, Sat 10–16, Sun closed.
const hours = businessHoursSchema.parse({ enabled: true, timeZone: 'Europe/Amsterdam' });
const hourMs = 3_600_000;

describe('business hours', () => {
  it('says open or closed in the team’s time zone', () => {
    expect(isOpenAt(hours, new Date('2026-11-25T07:30:00Z'))).toBe(true); // Wed 08:30 local
    expect(isOpenAt(hours, new Date('2026-11-25T06:59:00Z'))).toBe(false); // Wed 07:59 local
    expect(isOpenAt(hours, new Date('2026-11-25T19:00:00Z'))).toBe(false); // Wed 20:00 local: closed from 20:00
    expect(isOpenAt(hours, new Date('2026-11-29T12:00:00Z'))).toBe(false); // Sunday
    expect(isOpenAt(hours, new Date('2026-07-01T06:30:00Z'))).toBe(true); // summer: 08:30 local
    expect(isOpenAt({ ...hours, enabled: false }, new Date('2026-11-29T12:00:00Z'))).toBe(true);
  });

  it('lets a crisis open and a holiday close, crisis winning', () => {
    const withExceptions = businessHoursSchema.parse({
      enabled: true,
      exceptions: [
        { label: 'Christmas', from: '2026-12-24T23:00:00Z', to: '2026-12-26T23:00:00Z', open: false },
        { label: 'storm', from: '2026-12-26T00:00:00Z', to: '2026-12-27T00:00:00Z', open: true },
      ],
    });
    expect(openStateAt(withExceptions, new Date('2026-12-25T10:00:00Z'))).toEqual({
      open: false,
      exception: 'Christmas',
    });
    expect(openStateAt(withExceptions, new Date('2026-12-26T03:00:00Z'))).toEqual({ open: true, exception: 'storm' });
  });

  it('finds the next opening', () => {
    // Friday 21:00 local → Saturday 10:00 local (09:00Z).
    expect(nextOpening(hours, new Date('2026-11-27T20:00:00Z'))?.toISOString()).toBe('2026-11-28T09:00:00.000Z');
    // Saturday 17:00 local → Monday 08:00 local.
    expect(nextOpening(hours, new Date('2026-11-28T16:00:00Z'))?.toISOString()).toBe('2026-11-30T07:00:00.000Z');
    expect(nextOpening(hours, new Date('2026-11-25T10:00:00Z'))).toBeUndefined();
  });

  it('counts only open time between two instants', () => {
    // Friday 19:00 local → Monday 09:00 local: 1 h Fri + 6 h Sat + 1 h Mon.
    expect(openMsBetween(hours, Date.parse('2026-11-27T18:00:00Z'), Date.parse('2026-11-30T08:00:00Z'))).toBe(
      8 * hourMs,
    );
    expect(openMsBetween(hours, Date.parse('2026-11-29T10:00:00Z'), Date.parse('2026-11-29T12:00:00Z'))).toBe(0);
    expect(openMsBetween({ ...hours, enabled: false }, 0, 5)).toBe(5);
    // Across the DST change (Sunday 25 Oct 2026): Sat 15:00 local → Mon 09:00 local = 1 h + 1 h.
    expect(openMsBetween(hours, Date.parse('2026-10-24T13:00:00Z'), Date.parse('2026-10-26T08:00:00Z'))).toBe(
      2 * hourMs,
    );
  });

  it('rejects malformed opening times', () => {
    expect(() => businessHoursSchema.parse({ week: { mon: [{ start: '9:00', end: '17:00' }] } })).toThrow();
    expect(() => businessHoursSchema.parse({ week: { mon: [{ start: '17:00', end: '09:00' }] } })).toThrow();
  });
});
