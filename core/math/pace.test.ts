import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedProgress } from './pace.ts';

const q4 = { start: '2026-10-01', end: '2026-12-31' };

describe('expectedProgress', () => {
  it('is 0 before the period, 1 after it, and linear in between', () => {
    expect(expectedProgress(q4, new Date('2026-09-15T00:00:00Z'))).toBe(0);
    expect(expectedProgress(q4, new Date('2026-10-01T00:00:00Z'))).toBe(0);
    expect(expectedProgress(q4, new Date('2027-01-01T00:00:00Z'))).toBe(1);
    // 46 of Q4's 92 days have passed at the start of 16 November.
    expect(expectedProgress(q4, new Date('2026-11-16T00:00:00Z'))).toBeCloseTo(0.5, 10);
  });

  it('counts the last day of the period as part of it', () => {
    expect(expectedProgress({ start: '2026-11-20', end: '2026-11-20' }, new Date('2026-11-20T12:00:00Z'))).toBe(0.5);
  });

  it('never goes down as time passes', () => {
    const instant = fc.integer({ min: Date.parse('2026-08-01'), max: Date.parse('2027-02-01') });
    fc.assert(fc.property(instant, instant, (a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(expectedProgress(q4, new Date(late))).toBeGreaterThanOrEqual(expectedProgress(q4, new Date(early)));
    }));
  });
});
