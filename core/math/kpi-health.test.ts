import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryOf } from '../../test/arbitraries/from-spec.ts';
import { checkIn, kpi } from '../../test/builders.ts';
import { recordSpecs } from '../model/records.ts';
import { kpiHealth } from './kpi-health.ts';
import { latestValueCheckIn } from './progress.ts';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('kpiHealth', () => {
  it.each([
    ['uptime ≥ 99.9', { healthyMin: 99.9 }, 99.95, 'healthy'],
    ['uptime at the bound', { healthyMin: 99.9 }, 99.9, 'healthy'],
    ['uptime below', { healthyMin: 99.9 }, 99.82, 'unhealthy'],
    ['churn ≤ 2', { healthyMax: 2 }, 2.6, 'unhealthy'],
    ['churn at the bound', { healthyMax: 2 }, 2, 'healthy'],
    ['capacity 80–100 inside', { healthyMin: 80, healthyMax: 100 }, 92, 'healthy'],
    ['capacity 80–100 above', { healthyMin: 80, healthyMax: 100 }, 104, 'unhealthy'],
    ['capacity 80–100 below', { healthyMin: 80, healthyMax: 100 }, 79.9, 'unhealthy'],
    ['negative range', { healthyMin: -5, healthyMax: -1 }, -3, 'healthy'],
  ] as const)('%s', (_name, range, v, expected) => {
    expect(kpiHealth(kpi({ healthyMin: undefined, healthyMax: undefined, ...range }), checkIn({ targetType: 'kpi', value: v }))).toBe(expected);
  });

  it('has no data before the first check-in, or when the latest one has no value', () => {
    expect(kpiHealth(kpi({ healthyMax: 2 }), undefined)).toBe('no-data');
    expect(kpiHealth(kpi({ healthyMax: 2 }), checkIn({ targetType: 'kpi', value: undefined }))).toBe('no-data');
  });

  it('judges by the latest check-in that has a value, not the first', () => {
    const k = kpi({ healthyMax: 2 });
    const series = [checkIn({ id: 'a', targetType: 'kpi', time: '2026-10-05T15:00:00.000Z', value: 1.5 }), checkIn({ id: 'b', targetType: 'kpi', time: '2026-11-16T15:00:00.000Z', value: 2.6 })];
    expect(kpiHealth(k, latestValueCheckIn(series))).toBe('unhealthy');
    expect(kpiHealth(k, latestValueCheckIn(series.reverse()))).toBe('unhealthy');
  });

  it('calls a value healthy exactly when no bound is crossed, for any KPI the schema allows', () => {
    fc.assert(fc.property(arbitraryOf(recordSpecs.kpi), value, (k, v) => {
      const crossed = (k.healthyMin !== undefined && v < k.healthyMin) || (k.healthyMax !== undefined && v > k.healthyMax);
      expect(kpiHealth(k, { value: v })).toBe(crossed ? 'unhealthy' : 'healthy');
    }));
  });

  it('calls every value inside a valid range healthy, and the bounds themselves', () => {
    fc.assert(fc.property(value, value, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      const k = kpi({ healthyMin: lo, healthyMax: hi });
      expect(kpiHealth(k, { value: lo })).toBe('healthy');
      expect(kpiHealth(k, { value: hi })).toBe('healthy');
      expect(kpiHealth(k, { value: Math.min(hi, lo + (hi - lo) * t) })).toBe('healthy');
    }));
  });
});
