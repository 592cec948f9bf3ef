import { describe, expect, it } from 'vitest';
import { pairedRatio, quantile, ratioInterval } from './ratio-stats.ts';

describe('ratio statistics for the host-load bench', () => {
  it('interpolates quantiles between order statistics', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('pairs rounds for the median ratio', () => {
    expect(pairedRatio([110, 220, 330], [100, 200, 300]).median).toBeCloseTo(1.1);
    expect(pairedRatio([100, 400, 100], [100, 100, 100])).toEqual({ median: 1, q1: 1, q3: 2.5 });
  });

  it('brackets the ratio of medians, narrowly when the rounds agree and widely when they do not', () => {
    const steady = ratioInterval([105, 106, 104, 105, 105, 106, 104], [100, 101, 99, 100, 100, 101, 99]);
    expect(steady[0]).toBeGreaterThan(1.02);
    expect(steady[1]).toBeLessThan(1.08);
    const noisy = ratioInterval([60, 200, 90, 150, 70, 180, 100], [100, 80, 190, 60, 170, 90, 120]);
    expect(noisy[1] - noisy[0]).toBeGreaterThan(0.5);
  });
});
