import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { period } from '../../test/builders.ts';
import { validateRecord } from '../model/validate.ts';
import { addDays, localDate } from './dates.ts';
import { currentPeriod, customPeriod, nextPeriod, periodContains, periodLengthDays, periodsForYear, quarterPeriod, yearPeriod } from './periods.ts';

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

  it('knows the length of a period and which days it contains', () => {
    const q = quarterPeriod(2028, 1, AT);
    expect(q.end).toBe('2028-03-31');
    expect(periodLengthDays(q)).toBe(91); // 2028 is a leap year
    expect(periodLengthDays(quarterPeriod(2027, 1, AT))).toBe(90);
    expect(periodLengthDays(customPeriod('d', 'Day', '2026-11-20', '2026-11-20', AT))).toBe(1);
    expect([periodContains(q, '2027-12-31'), periodContains(q, '2028-01-01'), periodContains(q, '2028-03-31'), periodContains(q, '2028-04-01')]).toEqual([false, true, true, false]);
    expect(quarterPeriod(2026, 2, AT)).toMatchObject({ start: '2026-04-01', end: '2026-06-30', parentId: '2026', updatedAt: AT });
  });

  it('refuses a quarter 5 and a custom period that ends before it starts', () => {
    expect(() => quarterPeriod(2026, 5, AT)).toThrow(/1–4/);
    expect(() => quarterPeriod(2026, 0, AT)).toThrow(/quarter must be 1–4, got 0/);
    expect(() => quarterPeriod(2026, 2.5, AT)).toThrow(/1–4/);
    expect(customPeriod('x', 'Day', '2026-02-10', '2026-02-10', AT)).toMatchObject({ start: '2026-02-10', end: '2026-02-10' });
    expect(() => customPeriod('x', 'Sprint', '2026-02-10', '2026-02-01', AT)).toThrow(/ends \(2026-02-01\) before it starts/);
  });

  it('picks the shortest period containing a date as the current one', () => {
    const all = [...periodsForYear(2026, AT), customPeriod('h2', '2026 H2', '2026-07-01', '2026-12-31', AT)];
    expect(currentPeriod(all, '2026-11-20')?.id).toBe('2026-q4');
    expect(currentPeriod(all, '2026-12-31')?.id).toBe('2026-q4');
    expect(currentPeriod(all, '2027-01-01')).toBeUndefined();
    // Two periods of one length: the id decides, so every device shows the same one.
    const b = customPeriod('b', 'B', '2026-11-01', '2026-11-30', AT);
    const a = customPeriod('a', 'A', '2026-11-01', '2026-11-30', AT);
    expect(currentPeriod([b, a], '2026-11-20')?.id).toBe('a');
    expect(currentPeriod([a, b], '2026-11-20')?.id).toBe('a');
    expect(currentPeriod([b, a, ...all], '2026-11-01')?.id).toBe('a');
  });

  it('finds the current period from the date the person sees, not the UTC date', () => {
    // 02:00 UTC on 1 Oct is still 30 Sep in New York: Q3 there, Q4 in Tokyo.
    const instant = new Date('2026-10-01T02:00:00Z');
    expect(currentPeriod(periodsForYear(2026, AT), localDate(instant, 'America/New_York'))?.id).toBe('2026-q3');
    expect(currentPeriod(periodsForYear(2026, AT), localDate(instant, 'Asia/Tokyo'))?.id).toBe('2026-q4');
  });

  it('does not take the year that starts the next day for the next quarter', () => {
    const y2027 = yearPeriod(2027, AT);
    expect(nextPeriod([y2027], quarterPeriod(2026, 4, AT), AT)).toMatchObject({ id: '2027-q1', start: '2027-01-01', end: '2027-03-31' });
    // A known quarter under another id is found; of two candidates the closer length wins.
    const q1 = customPeriod('q1-27', 'Q1 2027', '2027-01-01', '2027-03-31', AT);
    const jan = customPeriod('jan-27', 'January 2027', '2027-01-01', '2027-01-31', AT);
    expect(nextPeriod([y2027, jan, q1], quarterPeriod(2026, 4, AT), AT)).toBe(q1);
    expect(nextPeriod([q1, jan], customPeriod('dec', 'December 2026', '2026-12-01', '2026-12-31', AT), AT)).toBe(jan);
    expect(nextPeriod([q1], yearPeriod(2026, AT), AT)).toMatchObject({ id: '2027', start: '2027-01-01', end: '2027-12-31' });
    // Lengths within three days (or a tenth) are similar: quarters of 90–92 days, months of 28–31.
    const feb = customPeriod('feb', 'February', '2027-02-01', '2027-02-28', AT);
    expect(nextPeriod([feb], customPeriod('jan', 'January', '2027-01-01', '2027-01-31', AT), AT)).toBe(feb);
    const sprint = customPeriod('s', 'Sprint 1', '2026-11-02', '2026-11-15', AT);
    const tooLong = customPeriod('t', 'Sprint 2', '2026-11-16', '2026-12-03', AT); // 18 days against 14
    expect(nextPeriod([tooLong], sprint, AT).id).not.toBe('t');
    const longEnough = customPeriod('u', 'Sprint 2', '2026-11-16', '2026-12-01', AT); // 16 days
    expect(nextPeriod([longEnough], sprint, AT)).toBe(longEnough);
    const exactly = customPeriod('v', 'Sprint 2', '2026-11-16', '2026-12-02', AT); // 17 days: three more
    expect(nextPeriod([exactly], sprint, AT)).toBe(exactly);
    expect(nextPeriod([tooLong, exactly], sprint, AT)).toBe(exactly);
    expect(nextPeriod([longEnough, exactly], sprint, AT)).toBe(longEnough);
    expect(nextPeriod([exactly, longEnough], sprint, AT)).toBe(longEnough);
    // A period of the right length that does not start the next day does not follow.
    expect(nextPeriod([customPeriod('later', 'Sprint 9', '2026-11-17', '2026-11-30', AT)], sprint, AT).id).toBe('s-2026-11-16');
    // Long periods allow a tenth: a 400-day cycle follows a year, a 410-day one does not.
    const cycle = (days: number) => customPeriod(`c${days}`, 'Cycle', '2027-01-01', addDays('2027-01-01', days - 1), AT);
    expect(nextPeriod([cycle(401)], yearPeriod(2026, AT), AT).id).toBe('c401');
    expect(nextPeriod([cycle(403)], yearPeriod(2026, AT), AT).id).toBe('2027');
    // Same length and start: the id decides.
    const twinB = customPeriod('twin-b', 'Sprint 2', '2026-11-16', '2026-11-29', AT);
    const twinA = customPeriod('twin-a', 'Sprint 2', '2026-11-16', '2026-11-29', AT);
    expect(nextPeriod([twinB, twinA], sprint, AT)).toBe(twinA);
  });

  it('names and numbers generated custom periods without piling up suffixes', () => {
    const feb = customPeriod('feb', 'Feb', '2027-02-01', '2027-02-28', AT);
    const next = nextPeriod([], feb, AT);
    expect(next).toMatchObject({ id: 'feb-2027-03-01', name: 'Feb (from 2027-03-01)', start: '2027-03-01', end: '2027-03-28' });
    const after = nextPeriod([], next, AT);
    expect(after).toMatchObject({ id: 'feb-2027-03-29', name: 'Feb (from 2027-03-29)', start: '2027-03-29', end: '2027-04-25' });
    expect(nextPeriod([], customPeriod('s14', 'Sprint 14', '2026-11-02', '2026-11-15', AT), AT)).toMatchObject({ id: 's14-2026-11-16', name: 'Sprint 15' });
    expect(nextPeriod([], customPeriod('h1', '2026 H1', '2026-01-01', '2026-06-30', AT), AT)).toMatchObject({ name: '2026 H2', start: '2026-07-01' });
    expect(nextPeriod([], customPeriod('h2', '2026 H2', '2026-07-01', '2026-12-31', AT), AT)).toMatchObject({ name: '2027 H1', start: '2027-01-01' });
    expect(nextPeriod([], customPeriod('fy', 'FY2026', '2025-07-01', '2026-06-30', AT), AT).name).toBe('FY2026 (from 2026-07-01)');
    for (const p of [next, after]) expect(validateRecord('period', p)).toEqual([]);
    // Only whole names are read as halves, sprints or quarters; anything else keeps its name.
    const named = (id: string, name: string) => nextPeriod([], customPeriod(id, name, '2026-01-01', '2026-06-30', AT), AT);
    expect(named('a', 'FY2026 H1').name).toBe('FY2026 H1 (from 2026-07-01)');
    expect(named('a', '2026 H1 plan').name).toBe('2026 H1 plan (from 2026-07-01)');
    expect(named('a', 'Sprint  3').name).toBe('Sprint  4');
    expect(named('a', 'Plan (from 2026-01-01) B').name).toBe('Plan (from 2026-01-01) B (from 2026-07-01)');
    expect(named('a-2026-01-01-b', 'X').id).toBe('a-2026-01-01-b-2026-07-01');
    expect(named('x2026-q4', 'X').id).toBe('x2026-q4-2026-07-01');
    expect(named('2026-q4-old', 'X').id).toBe('2026-q4-old-2026-07-01');
    expect(named('12026', 'X').id).toBe('12026-2026-07-01');
    expect(named('2026-plan', 'X').id).toBe('2026-plan-2026-07-01');
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
