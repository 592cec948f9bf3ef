import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIn, keyResult } from '../../test/builders.ts';
import { KR_KINDS } from '../model/vocabulary.ts';
import { krProgress, latestValueCheckIn, progressOfValue, unmeasurableReason } from './progress.ts';

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

  it('cannot measure a metric KR without a start: zero is not a baseline', () => {
    // Measured from 0, "churn from ? to 2 %, now 5 %" came out done.
    expect(progressOfValue({ kind: 'decrease', target: 2 }, 5)).toBeUndefined();
    expect(progressOfValue({ kind: 'increase', target: 200 }, 50)).toBeUndefined();
  });

  it('cannot measure a metric or guard KR without a target', () => {
    expect(progressOfValue({ kind: 'increase', start: 1 }, 5)).toBeUndefined();
    expect(progressOfValue({ kind: 'decrease', start: 1 }, 0)).toBeUndefined();
    expect(progressOfValue({ kind: 'stay-below' }, 5)).toBeUndefined();
    expect(progressOfValue({ kind: 'stay-above' }, 5)).toBeUndefined();
  });

  it.each([
    ['increase', 150, 1], ['increase', 100, 1], ['increase', 99.5, 0],
    ['decrease', 50, 1], ['decrease', 100, 1], ['decrease', 100.5, 0],
  ] as const)('reads a %s KR whose start equals its target as a threshold: at %s it is %s', (kind, value, expected) => {
    expect(progressOfValue({ kind, start: 100, target: 100 }, value)).toBe(expected);
  });

  it('gives no progress for a value that is not a number', () => {
    for (const kind of KR_KINDS) {
      expect(progressOfValue({ kind, start: 0, target: 10 }, Number.NaN)).toBeUndefined();
      expect(progressOfValue({ kind, start: 0, target: 10 }, Number.POSITIVE_INFINITY)).toBeUndefined();
    }
  });

  it('has the exact boundaries of every kind', () => {
    expect(progressOfValue({ kind: 'binary' }, 0.999)).toBe(0);
    expect(progressOfValue({ kind: 'binary' }, 1)).toBe(1);
    expect(progressOfValue({ kind: 'milestone' }, -5)).toBe(0);
    expect(progressOfValue({ kind: 'milestone' }, 100)).toBe(1);
    expect(progressOfValue({ kind: 'stay-above', target: 10 }, 10)).toBe(1);
    expect(progressOfValue({ kind: 'stay-below', target: 10 }, 10)).toBe(1);
    expect(progressOfValue({ kind: 'stay-below', target: 10 }, 9)).toBe(1);
    expect(progressOfValue({ kind: 'stay-above', target: 10 }, 11)).toBe(1);
    expect(progressOfValue({ kind: 'increase', start: 0, target: 10 }, 10)).toBe(1);
    expect(progressOfValue({ kind: 'decrease', start: 10, target: 0 }, 0)).toBe(1);
  });

  it('stays within 0..1 for every kind, start, target and value', () => {
    fc.assert(fc.property(fc.constantFrom(...KR_KINDS), fc.option(num, { nil: undefined }), fc.option(num, { nil: undefined }), num, (kind, start, target, value) => {
      const p = progressOfValue({ kind, start, target }, value);
      if (p !== undefined) expect(p >= 0 && p <= 1).toBe(true);
    }));
  });

  it('treats a decreasing KR as the mirror image of an increasing one, start equal to target included', () => {
    fc.assert(fc.property(num, num, num, (start, target, value) => {
      fc.pre(target >= start);
      const up = progressOfValue({ kind: 'increase', start, target }, value);
      const down = progressOfValue({ kind: 'decrease', start: -start, target: -target }, -value);
      expect(down).toBeCloseTo(up ?? NaN, 9);
    }));
  });

  it('never goes down when an increasing KR value goes up, nor when a decreasing one goes down', () => {
    fc.assert(fc.property(num, num, num, num, (start, target, a, b) => {
      fc.pre(target >= start);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(progressOfValue({ kind: 'increase', start, target }, hi)! >= progressOfValue({ kind: 'increase', start, target }, lo)!).toBe(true);
      expect(progressOfValue({ kind: 'decrease', start: target, target: start }, lo)! >= progressOfValue({ kind: 'decrease', start: target, target: start }, hi)!).toBe(true);
    }));
  });

  it('is 1 exactly when a metric KR has reached its target', () => {
    // Values as people write them (cents): near the smallest doubles, rounding may say 1 a hair early.
    const cents = fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100);
    fc.assert(fc.property(fc.constantFrom('increase' as const, 'decrease' as const), cents, cents, cents, (kind, start, target, value) => {
      fc.pre(kind === 'increase' ? target >= start : target <= start);
      const reached = kind === 'increase' ? value >= target : value <= target;
      expect(progressOfValue({ kind, start, target }, value) === 1).toBe(reached);
    }));
  });
});

describe('krProgress', () => {
  const kr = keyResult({ id: 'k', kind: 'increase', start: 0, target: 10 });

  it('is pending when never checked in, or only checked in without a value', () => {
    expect(krProgress(kr, [])).toEqual({ state: 'pending', reason: 'no-check-in' });
    expect(krProgress(kr, [checkIn({ targetId: 'k', note: 'blocked on legal' })])).toEqual({ state: 'pending', reason: 'no-check-in' });
  });

  it('is pending with the reason for a metric KR without a start, showing the value it has', () => {
    const churn = keyResult({ kind: 'decrease', start: undefined, target: 2 });
    const ci = checkIn({ value: 5, time: '2026-11-01T00:00:00.000Z' });
    expect(krProgress(churn, [ci])).toEqual({ state: 'pending', reason: 'no-start', value: 5, at: ci.time });
    expect(krProgress(churn, [])).toEqual({ state: 'pending', reason: 'no-start' });
    expect(unmeasurableReason({ kind: 'increase', target: 3 })).toBe('no-start');
    expect(unmeasurableReason({ kind: 'increase' })).toBe('no-start');
    expect(unmeasurableReason({ kind: 'decrease', start: 4 })).toBe('no-target');
    expect(unmeasurableReason({ kind: 'stay-above' })).toBe('no-target');
    expect(unmeasurableReason({ kind: 'stay-below' })).toBe('no-target');
    expect(unmeasurableReason({ kind: 'stay-above', target: 1 })).toBeUndefined();
    expect(unmeasurableReason({ kind: 'increase', start: 1 })).toBe('no-target');
    expect(unmeasurableReason({ kind: 'stay-below', target: 1 })).toBeUndefined();
    expect(unmeasurableReason({ kind: 'milestone' })).toBeUndefined();
    expect(unmeasurableReason({ kind: 'binary' })).toBeUndefined();
    expect(unmeasurableReason({ kind: 'decrease', start: 4, target: 1 })).toBeUndefined();
  });

  it('picks the latest check-in by instant, not by how its time is written', () => {
    // 09:00 in California is 17:00 UTC, later than 12:00 UTC; 09:00:30 is later than 09:00.
    const pacific = checkIn({ id: 'a', time: '2026-11-10T09:00:00-08:00', value: 1 });
    const utc = checkIn({ id: 'b', time: '2026-11-10T12:00:00Z', value: 2 });
    expect(latestValueCheckIn([pacific, utc])?.id).toBe('a');
    expect(latestValueCheckIn([utc, pacific])?.id).toBe('a');
    const short = checkIn({ id: 'z', time: '2026-11-10T09:00Z', value: 1 });
    const withSeconds = checkIn({ id: 'c', time: '2026-11-10T09:00:30Z', value: 2 });
    expect(latestValueCheckIn([short, withSeconds])?.id).toBe('c');
    expect(latestValueCheckIn([withSeconds, short])?.id).toBe('c');
  });

  it('breaks a tie between equal instants written differently by id', () => {
    const x = checkIn({ id: 'x', time: '2026-11-10T09:00:00.000Z', value: 1 });
    const y = checkIn({ id: 'y', time: '2026-11-10T10:00:00+01:00', value: 2 });
    expect(latestValueCheckIn([x, y])?.value).toBe(2);
    expect(latestValueCheckIn([y, x])?.value).toBe(2);
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

  it('reports a value it cannot turn into progress as pending for want of a target', () => {
    expect(krProgress(keyResult({ kind: 'stay-above', target: undefined }), [checkIn({ value: 3, time: '2026-11-01T00:00:00Z' })]))
      .toEqual({ state: 'pending', reason: 'no-target', value: 3, at: '2026-11-01T00:00:00Z' });
  });

  it('whatever the order of check-ins, the latest by instant sets the value', () => {
    const times = fc.integer({ min: Date.parse('2026-10-01'), max: Date.parse('2026-12-31') }).chain((ms) =>
      fc.tuple(fc.constant(ms), fc.constantFrom(0, -480, 330, 60), fc.boolean()));
    const write = ([ms, offset, seconds]: [number, number, boolean]) => {
      const shifted = new Date(ms + offset * 60_000).toISOString().slice(0, seconds ? 19 : 16);
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      return `${shifted}${offset === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`}`;
    };
    fc.assert(fc.property(fc.uniqueArray(times, { minLength: 1, maxLength: 6, selector: ([ms]) => Math.floor(ms / 60_000) }), (ts) => {
      const cis = ts.map((t, i) => checkIn({ id: `c${i}`, time: write(t), value: i }));
      const latest = cis.reduce((a, b) => (Date.parse(b.time) > Date.parse(a.time) ? b : a));
      expect(krProgress(kr, fc.sample(fc.shuffledSubarray(cis, { minLength: cis.length }), 1)[0]!)).toMatchObject({ value: latest.value });
    }));
  });
});
