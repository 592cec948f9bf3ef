import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { checkIn, kpi, workspace } from '../../test/builders.ts';
import { healthyRangeText, kpiRows, withUnit } from './kpi-report.ts';

describe('KPI report', () => {
  it.each([
    [{ healthyMin: 99.9, unit: '%' }, '≥ 99.9 %'],
    [{ healthyMax: 2, unit: '%' }, '≤ 2 %'],
    [{ healthyMin: 80, healthyMax: 100, unit: '%' }, '80–100 %'],
    [{ healthyMin: 30 }, '≥ 30'],
    [{ healthyMin: 3, healthyMax: 3, unit: 'h' }, '= 3 h'],
  ])('says the healthy range %o as %s', (range, text) => {
    expect(healthyRangeText(range)).toBe(text);
  });

  it('writes a value with its unit', () => {
    expect(withUnit(2.6, '%')).toBe('2.6 %');
    expect(withUnit(34, undefined)).toBe('34');
  });

  it('lists out-of-range KPIs first, then those without data, then healthy ones, each by name', () => {
    const ws = workspace({
      kpis: [kpi({ id: 'b', name: 'Beta', healthyMax: 2 }), kpi({ id: 'a', name: 'Alpha', healthyMax: 2 }), kpi({ id: 'n', name: 'New', healthyMax: 2 }), kpi({ id: 'z', name: 'Zeta', healthyMax: 2 })],
      checkIns: [
        checkIn({ id: 'c1', targetType: 'kpi', targetId: 'a', value: 1 }), checkIn({ id: 'c2', targetType: 'kpi', targetId: 'b', value: 1 }),
        checkIn({ id: 'c3', targetType: 'kpi', targetId: 'z', value: 3 }),
        // Same id, other type: never counted for the KPI.
        checkIn({ id: 'c4', targetType: 'keyResult', targetId: 'n', value: 1 }),
      ],
    });
    expect(kpiRows(ws).map((r) => [r.kpi.id, r.health, r.latest?.value, r.checkIns])).toEqual([
      ['z', 'unhealthy', 3, 1], ['n', 'no-data', undefined, 0], ['a', 'healthy', 1, 1], ['b', 'healthy', 1, 1],
    ]);
  });

  it('shows the demo company with churn out of its range', () => {
    const rows = kpiRows(buildDemo());
    expect(rows.map((r) => [r.kpi.name, r.health, r.latest?.value])).toEqual([
      ['Monthly logo churn', 'unhealthy', 2.6],
      ['API uptime (30 days)', 'healthy', 99.96],
      ['Net Promoter Score', 'healthy', 36],
      ['Sprint capacity committed', 'healthy', 88],
      ['Support first response (median)', 'healthy', 2.9],
    ]);
  });
});
