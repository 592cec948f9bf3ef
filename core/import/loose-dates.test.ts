import { describe, expect, it } from 'vitest';
import { dayOrderOf, parseDateAs } from './loose-dates.ts';
import { dayOfHeader } from './tidy/history-columns.ts';

describe('dayOrderOf', () => {
  it('is day-first only when some first part is above 12', () => {
    expect(dayOrderOf(['5/10/2026', '19/10/2026'])).toBe('dmy');
    expect(dayOrderOf(['10/5/2026', '10/19/2026'])).toBe('mdy');
    expect(dayOrderOf(['05/10/2026'])).toBe('mdy');
    expect(dayOrderOf(['13/1/26 3:04 PM'])).toBe('dmy');
  });
});

describe('parseDateAs', () => {
  it.each([
    ['2026-10-05', 'mdy', '2026-10-05'],
    ['5/10/2026', 'dmy', '2026-10-05'],
    ['10/5/2026', 'mdy', '2026-10-05'],
    ['10/5/26', 'mdy', '2026-10-05'],
    ['05.10.2026', 'mdy', '2026-10-05'],
    ['05/Oct/26 3:04 PM', 'mdy', '2026-10-05T15:04:00.000Z'],
    ['05/Oct/26 12:00 AM', 'mdy', '2026-10-05'],
    ['12/Oct/2026 12:30 PM', 'dmy', '2026-10-12T12:30:00.000Z'],
    ['2026-10-05 00:00:00', 'mdy', '2026-10-05'],
    ['2026-10-05 14:30:00', 'mdy', '2026-10-05T14:30:00.000Z'],
    ['5 Oct 2026', 'mdy', '2026-10-05'],
    ['Oct 5, 2026', 'dmy', '2026-10-05'],
    ['2026-10-05T10:00:00+02:00', 'mdy', '2026-10-05T08:00:00.000Z'],
  ] as const)('reads %j (%s) as %s', (text, order, iso) => {
    expect(parseDateAs(text, order)).toBe(iso);
  });

  it('reads Excel serial numbers only where asked (date columns)', () => {
    expect(parseDateAs('46300', 'mdy', { serials: true })).toBe('2026-10-05');
    expect(parseDateAs('46300.5', 'mdy', { serials: true })).toBe('2026-10-05');
    expect(parseDateAs('46300', 'mdy')).toBeUndefined();
    expect(parseDateAs('123', 'mdy', { serials: true })).toBeUndefined();
  });

  it.each(['31/2/2026', '13/13/2026', 'soon', '5 Oct', '05/Oct/26 13:00 PM', ''])('refuses %j', (text) => {
    expect(parseDateAs(text, 'dmy')).toBeUndefined();
  });

  it('completes a date without a year from the caller', () => {
    expect(parseDateAs('5 Oct', 'mdy', { year: 2026 })).toBe('2026-10-05');
  });
});

describe('history column headers', () => {
  const q4 = { start: '2026-10-01', end: '2026-12-31' };
  it.each([
    ['2026-10-05', '2026-10-05'], ['10/12/2026', '2026-10-12'], ['Week 1', '2026-10-01'], ['Wk 3', '2026-10-15'], ['W40', '2026-09-28'],
    ['CW41', '2026-10-05'], ['2026-W42', '2026-10-12'], ['5 Oct', '2026-10-05'], ['Oct 12', '2026-10-12'],
  ])('%s is %s in 2026 Q4', (header, day) => {
    expect(dayOfHeader(header, 'mdy')?.(q4)).toBe(day);
  });

  it('a day before the start of a period spanning two years takes the later year', () => {
    expect(dayOfHeader('5 Jan', 'mdy')?.({ start: '2026-10-01', end: '2027-03-31' })).toBe('2027-01-05');
  });

  it.each(['Owner', 'Target', 'Q4', '2026', 'Week', 'Notes'])('%s is no history column', (header) => {
    expect(dayOfHeader(header, 'mdy')).toBeUndefined();
  });
});
