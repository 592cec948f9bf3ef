import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, wallClockMs } from './dates.ts';
import { expectedProgress } from './pace.ts';
import { currentPeriod, periodsForYear } from './periods.ts';

const q4 = { start: '2026-10-01', end: '2026-12-31' };
const UTC = 'UTC';

describe('expectedProgress', () => {
  it('is 0 before the period, 1 after it, and linear in between', () => {
    expect(expectedProgress(q4, new Date('2026-09-15T00:00:00Z'), UTC)).toBe(0);
    expect(expectedProgress(q4, new Date('2026-10-01T00:00:00Z'), UTC)).toBe(0);
    expect(expectedProgress(q4, new Date('2027-01-01T00:00:00Z'), UTC)).toBe(1);
    expect(expectedProgress(q4, new Date('2027-03-01T00:00:00Z'), UTC)).toBe(1);
    // 46 of Q4's 92 days have passed at the start of 16 November.
    expect(expectedProgress(q4, new Date('2026-11-16T00:00:00Z'), UTC)).toBeCloseTo(0.5, 10);
    expect(expectedProgress(q4, new Date('2026-10-02T00:00:00Z'), UTC)).toBeCloseTo(1 / 92, 12);
  });

  it('counts the last day of the period as part of it', () => {
    expect(expectedProgress({ start: '2026-11-20', end: '2026-11-20' }, new Date('2026-11-20T12:00:00Z'), UTC)).toBe(0.5);
  });

  it('reads the period in the workspace time zone: 20:00 on 31 December in California is still Q4', () => {
    const newYearsEveEvening = new Date('2027-01-01T04:00:00Z'); // 20:00 PST on 31 December
    const la = 'America/Los_Angeles';
    expect(expectedProgress(q4, newYearsEveEvening, la)).toBeCloseTo((91 + 20 / 24) / 92, 12);
    expect(expectedProgress(q4, newYearsEveEvening, la)).toBeLessThan(1);
    expect(currentPeriod(periodsForYear(2026, '2026-01-01T00:00:00Z'), localDate(newYearsEveEvening, la))?.id).toBe('2026-q4');
    // The same instant is already 2027 in UTC and in Tokyo.
    expect(expectedProgress(q4, newYearsEveEvening, UTC)).toBe(1);
    expect(expectedProgress(q4, newYearsEveEvening, 'Asia/Tokyo')).toBe(1);
    // And a period starts at local midnight: 1 October 02:00 UTC is still 30 September in New York.
    expect(expectedProgress(q4, new Date('2026-10-01T02:00:00Z'), 'America/New_York')).toBe(0);
    expect(expectedProgress(q4, new Date('2026-10-01T02:00:00Z'), 'Asia/Tokyo')).toBeGreaterThan(0);
  });

  it('gives every calendar day the same share, across a daylight-saving change', () => {
    // New York leaves daylight-saving time on 1 November 2026: that day has 25 hours.
    const ny = 'America/New_York';
    const startOf = (date: string, offset: string) => expectedProgress(q4, new Date(`${date}T00:00:00${offset}`), ny);
    expect(startOf('2026-11-02', '-05:00') - startOf('2026-11-01', '-04:00')).toBeCloseTo(1 / 92, 12);
    expect(startOf('2026-11-01', '-04:00') - startOf('2026-10-31', '-04:00')).toBeCloseTo(1 / 92, 12);
  });

  it('never goes down as time passes, in any zone', () => {
    const instant = fc.integer({ min: Date.parse('2026-08-01'), max: Date.parse('2027-02-01') });
    const zone = fc.constantFrom('UTC', 'America/Los_Angeles', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago');
    fc.assert(fc.property(instant, instant, zone, (a, b, tz) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const [pe, pl] = [expectedProgress(q4, new Date(early), tz), expectedProgress(q4, new Date(late), tz)];
      expect(pl).toBeGreaterThanOrEqual(pe);
      expect(pe >= 0 && pl <= 1).toBe(true);
    }));
  });

  it('agrees with the current period: inside the period exactly when the local day is', () => {
    const instant = fc.integer({ min: Date.parse('2026-09-29'), max: Date.parse('2027-01-03') });
    const zone = fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago');
    fc.assert(fc.property(instant, zone, (ms, tz) => {
      const day = localDate(new Date(ms), tz);
      const p = expectedProgress(q4, new Date(ms), tz);
      const inside = day >= q4.start && day <= q4.end;
      expect(inside).toBe(p > 0 && p < 1 || (day === q4.start && p === 0));
    }));
  });
});

describe('wallClockMs', () => {
  it('is the local reading, milliseconds kept', () => {
    expect(new Date(wallClockMs(new Date('2026-07-01T12:34:56.789Z'), 'America/New_York')).toISOString()).toBe('2026-07-01T08:34:56.789Z');
    expect(new Date(wallClockMs(new Date('2026-07-01T23:30:00.000Z'), 'Asia/Kolkata')).toISOString()).toBe('2026-07-02T05:00:00.000Z');
    expect(localDate(new Date('2026-07-01T23:30:00.000Z'), 'Asia/Kolkata')).toBe('2026-07-02');
    expect(localDate(new Date('1969-12-31T23:59:59.500Z'), 'UTC')).toBe('1969-12-31');
    expect(new Date(wallClockMs(new Date('1969-12-31T23:59:59.500Z'), 'UTC')).toISOString()).toBe('1969-12-31T23:59:59.500Z');
  });
});
