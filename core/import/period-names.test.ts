import { describe, expect, it } from 'vitest';
import { periodFromName, periodNameKey } from './period-names.ts';

const AT = '2026-11-20T20:00:00.000Z';

describe('periodFromName', () => {
  it.each([
    ['2026 Q3', '2026-q3', '2026-07-01', '2026-09-30'],
    ['Q3 2026', '2026-q3', '2026-07-01', '2026-09-30'],
    ['Q3 Y2026', '2026-q3', '2026-07-01', '2026-09-30'],
    ['q4/2026', '2026-q4', '2026-10-01', '2026-12-31'],
    ['2027-Q1', '2027-q1', '2027-01-01', '2027-03-31'],
    ['FY2026 Q2', '2026-q2', '2026-04-01', '2026-06-30'],
    ['H1 2026', '2026-h1', '2026-01-01', '2026-06-30'],
    ['2026 H2', '2026-h2', '2026-07-01', '2026-12-31'],
    ['FY2026', '2026', '2026-01-01', '2026-12-31'],
    ['2026', '2026', '2026-01-01', '2026-12-31'],
  ])('reads %s', (name, id, start, end) => {
    expect(periodFromName(name, AT)).toMatchObject({ id, start, end });
  });

  it.each(['Q5 2026', 'Sprint 14', 'next quarter', '26 Q3', ''])('does not guess %j', (name) => {
    expect(periodFromName(name, AT)).toBeUndefined();
  });

  it('gives equivalent names the same key', () => {
    expect(periodNameKey('Q3 2026')).toBe(periodNameKey('2026 Q3'));
    expect(periodNameKey('Sprint 14')).toBe('sprint 14');
  });
});

describe('periodFromName, as people write periods', () => {
  it.each([
    ['FY27 Q1', '2027-q1'], ['Q1 FY27', '2027-q1'], ['FY 2027 Q2', '2027-q2'], ['Oct–Dec 2026', '2026-q4'], ['Jul-Sep 26', '2026-q3'],
    ['Jan - Jun 2026', '2026-h1'], ['July–December 2026', '2026-h2'], ['Jan–Dec 2027', '2027'], ['H2 2026', '2026-h2'],
  ])('reads %s as %s', (name, id) => {
    expect(periodFromName(name, AT)?.id).toBe(id);
  });

  it.each(['Oct–Nov 2026', 'Feb–Apr 2026', 'Foo–Bar 2026'])('does not guess the span %j', (name) => {
    expect(periodFromName(name, AT)).toBeUndefined();
  });
});
