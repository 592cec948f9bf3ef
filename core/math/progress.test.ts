import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIn, keyResult } from '../../test/builders.ts';
import { KR_KINDS } from '../model/vocabulary.ts';
import { krProgress, latestValueCheckIn, progressOfValue } from './progress.ts';

const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('progressOfValue', () => {
  it.each([
    ['increase', 20, 40, 30, 0.5],
    ['increase', 20, 40, 50, 1],
    ['increase', 20, 40, 10, 0],
    ['decrease', 40, 10, 25, 0.5],
    ['decrease', 40, 10, 5, 1],
    ['decrease', 40, 10, 55, 0],
    ['milestone', undefined, undefined, 35, 0.35],
    ['milestone', undefined, undefined, 140, 1],
    ['binary', undefined, undefined, 0, 0],
    ['binary', undefined, undefined, 1, 1],
    ['stay-above', undefined, 99.9, 99.95, 1],
    ['stay-above', undefined, 99.9, 99.8, 0],
    ['stay-below', undefined, 200, 200, 1],
    ['stay-below', undefined, 200, 201, 0],
  ] as const)('%s from %s to %s at %s is %s', (kind, start, target, value, expected) => {
    expect(progressOfValue({ kind, start, target }, value)).toBeCloseTo(expected, 10);
  });

  it('measures a metric KR without a baseline from zero', () => {
    expect(progressOfValue({ kind: 'increase', target: 200 }, 50)).toBe(0.25);
  });

  it('cannot measure a metric or guard KR without a target', () => {
    expect(progressOfValue({ kind: 'increase', start: 1 }, 5)).toBeUndefined();
    expect(progressOfValue({ kind: 'stay-below' }, 5)).toBeUndefined();
  });

  it('stays within 0..1 for every kind, start, target and value', () => {
    fc.assert(fc.property(fc.constantFrom(...KR_KINDS), fc.option(num, { nil: undefined }), fc.option(num, { nil: undefined }), num, (kind, start, target, value) => {
      const p = progressOfValue({ kind, start, target }, value);
      if (p !== undefined) expect(p >= 0 && p <= 1).toBe(true);
    }));
  });

  it('treats a decreasing KR as the mirror image of an increasing one', () => {
    fc.assert(fc.property(num, num, num, (start, target, value) => {
      fc.pre(target > start);
      const up = progressOfValue({ kind: 'increase', start, target }, value);
      const down = progressOfValue({ kind: 'decrease', start: -start, target: -target }, -value);
      expect(down).toBeCloseTo(up ?? NaN, 9);
    }));
  });

  it('never goes down when an increasing KR value goes up', () => {
    fc.assert(fc.property(num, num, num, num, (start, target, a, b) => {
      fc.pre(target > start);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(progressOfValue({ kind: 'increase', start, target }, hi)! >= progressOfValue({ kind: 'increase', start, target }, lo)!).toBe(true);
    }));
  });
});

describe('krProgress', () => {
  const kr = keyResult({ id: 'k', kind: 'increase', start: 0, target: 10 });

  it('is pending when never checked in, or only checked in without a value', () => {
    expect(krProgress(kr, [])).toEqual({ state: 'pending' });
    expect(krProgress(kr, [checkIn({ targetId: 'k', note: 'blocked on legal' })])).toEqual({ state: 'pending' });
  });

  it('uses the latest check-in by time, whatever the order given', () => {
    const late = checkIn({ id: 'b', targetId: 'k', time: '2026-11-10T09:00:00Z', value: 7 });
    const early = checkIn({ id: 'a', targetId: 'k', time: '2026-11-03T09:00:00Z', value: 3 });
    const noValue = checkIn({ id: 'c', targetId: 'k', time: '2026-11-12T09:00:00Z' });
    expect(krProgress(kr, [late, noValue, early])).toEqual({ state: 'measured', value: 7, progress: 0.7, at: late.time });
    expect(latestValueCheckIn([early, late])?.id).toBe('b');
  });

  it('breaks a tie in time by id so every device picks the same value', () => {
    const x = checkIn({ id: 'x', time: '2026-11-10T09:00:00Z', value: 1 });
    const y = checkIn({ id: 'y', time: '2026-11-10T09:00:00Z', value: 2 });
    expect(latestValueCheckIn([x, y])?.value).toBe(2);
    expect(latestValueCheckIn([y, x])?.value).toBe(2);
  });

  it('reports a value it cannot turn into progress as no-target', () => {
    expect(krProgress(keyResult({ kind: 'stay-above', target: undefined }), [checkIn({ value: 3, time: '2026-11-01T00:00:00Z' })]))
      .toEqual({ state: 'no-target', value: 3, at: '2026-11-01T00:00:00Z' });
  });
});
