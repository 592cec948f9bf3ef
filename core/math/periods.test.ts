import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { period } from '../../test/builders.ts';
import { validateRecord } from '../model/validate.ts';
import { addDays, localDate } from './dates.ts';
import { currentPeriod, customPeriod, nextPeriod, periodLengthDays, periodsForYear, quarterPeriod } from './periods.ts';

const AT = '2026-01-01T00:00:00.000Z';

describe('periods', () => {
  it('generates a year and its quarters', () => {
    expect(periodsForYear(2028, AT).map((p) => [p.id, p.name, p.start, p.end, p.parentId])).toEqual([
      ['2028', '2028', '2028-01-01', '2028-12-31', undefined],
      ['2028-q1', '2028 Q1', '2028-01-01', '2028-03-31', '2028'],
      ['2028-q2', '2028 Q2', '2028-04-01', '2028-06-30', '2028'],
      ['2028-q3', '2028 Q3', '2028-07-01', '2028-09-30', '2028'],
      ['2028-q4', '2028 Q4', '2028-10-01', '2028-12-31', '2028'],
    ]);
  });

  it('tiles any year with four valid, back-to-back quarters', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
      const [y, ...qs] = periodsForYear(year, AT);
      expect(qs.reduce((days, q) => days + periodLengthDays(q), 0)).toBe(periodLengthDays(y!));
      for (let i = 1; i < qs.length; i++) expect(qs[i]!.start).toBe(addDays(qs[i - 1]!.end, 1));
      for (const p of [y!, ...qs]) expect(validateRecord('period', p)).toEqual([]);
    }));
  });

  it('refuses a quarter 5 and a custom period that ends before it starts', () => {
    expect(() => quarterPeriod(2026, 5, AT)).toThrow(/1–4/);
    expect(() => customPeriod('x', 'Sprint', '2026-02-10', '2026-02-01', AT)).toThrow(/ends \(2026-02-01\) before it starts/);
  });

  it('picks the shortest period containing a date as the current one', () => {
    const all = [...periodsForYear(2026, AT), customPeriod('h2', '2026 H2', '2026-07-01', '2026-12-31', AT)];
    expect(currentPeriod(all, '2026-11-20')?.id).toBe('2026-q4');
    expect(currentPeriod(all, '2026-12-31')?.id).toBe('2026-q4');
    expect(currentPeriod(all, '2027-01-01')).toBeUndefined();
  });

  it('finds the current period from the date the person sees, not the UTC date', () => {
    // 02:00 UTC on 1 Oct is still 30 Sep in New York: Q3 there, Q4 in Tokyo.
    const instant = new Date('2026-10-01T02:00:00Z');
    expect(currentPeriod(periodsForYear(2026, AT), localDate(instant))?.id).toBe('2026-q3');
    expect(currentPeriod(periodsForYear(2026, AT), localDate(instant, 'Asia/Tokyo'))?.id).toBe('2026-q4');
  });

  it('gives the next period: known, generated quarter across the year, or same-length custom', () => {
    expect(nextPeriod([], quarterPeriod(2026, 4, AT), AT).id).toBe('2027-q1');
    expect(nextPeriod([], quarterPeriod(2026, 2, AT), AT).id).toBe('2026-q3');
    expect(nextPeriod([], period({ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' }), AT).id).toBe('2027');
    const sprint = customPeriod('s1', 'Sprint 1', '2026-11-02', '2026-11-15', AT);
    const known = customPeriod('s2', 'Sprint 2', '2026-11-16', '2026-11-29', AT);
    expect(nextPeriod([known], sprint, AT)).toBe(known);
    expect(nextPeriod([], sprint, AT)).toMatchObject({ start: '2026-11-16', end: '2026-11-29' });
  });
});
