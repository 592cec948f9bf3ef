import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, period } from '../../test/builders.ts';
import { chartDay, krChartSeries, paceAt } from './kr-chart-series.ts';

describe('krChartSeries', () => {
  it('plots values by the workspace clock against a pace line from start to target over the period', () => {
    const kr = keyResult({ kind: 'decrease', start: 40, target: 20 });
    const checkIns = [
      checkIn({ time: '2026-11-01T02:00:00Z', value: 30 }), // still 31 October in New York
      checkIn({ time: '2026-10-15T12:00:00Z', value: 35 }),
      checkIn({ time: '2026-10-20T12:00:00Z' }), // a status-only check-in has no point
    ];
    const { actual, pace } = krChartSeries(kr, period(), checkIns, 'America/New_York');
    expect(actual.map((p) => [chartDay(p.x), p.y])).toEqual([['2026-10-15', 35], ['2026-10-31', 30]]);
    expect(pace.map((p) => [chartDay(p.x), p.y])).toEqual([['2026-10-01', 40], ['2027-01-01', 20]]);
    // Half-way through Q4's 92 days (noon on 15 November), half-way from 40 to 20.
    expect(paceAt(pace, Date.UTC(2026, 10, 16))).toBeCloseTo(30, 10);
    expect(paceAt(pace, Date.UTC(2027, 1, 1))).toBeUndefined();
  });

  it('draws a milestone from 0 to 100, a guard flat at its bound, and no line without a target', () => {
    const q = period();
    expect(krChartSeries(keyResult({ kind: 'milestone' }), q, [], 'UTC').pace.map((p) => p.y)).toEqual([0, 100]);
    expect(krChartSeries(keyResult({ kind: 'binary' }), q, [], 'UTC').pace.map((p) => p.y)).toEqual([0, 1]);
    expect(krChartSeries(keyResult({ kind: 'stay-above', target: 4.2 }), q, [], 'UTC').pace.map((p) => p.y)).toEqual([4.2, 4.2]);
    expect(krChartSeries(keyResult({ kind: 'increase', target: undefined }), q, [], 'UTC').pace).toEqual([]);
    expect(paceAt([], 0)).toBeUndefined();
  });
});
