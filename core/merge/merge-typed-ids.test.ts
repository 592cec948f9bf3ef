import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, kpi, objective, person, workspace } from '../../test/builders.ts';
import { mergeWorkspaces } from './merge-workspaces.ts';

const NOW = new Date('2026-11-20T20:00:00Z');

describe('mergeWorkspaces with ids shared across record types, and times written with offsets', () => {
  it('deletes only the record of the tombstone\'s type', () => {
    const ada = person({ id: 'x', name: 'Ada' });
    const o = objective({ id: 'o' });
    const kr = keyResult({ id: 'x', objectiveId: 'o' });
    const mine = workspace({ people: [ada], objectives: [o], keyResults: [kr] });
    const theirs = workspace({ people: [ada], objectives: [o], tombstones: [{ id: 'x', type: 'keyResult', deletedAt: '2026-11-10T09:00:00.000Z' }] });
    const { ws, report } = mergeWorkspaces([{ source: 'mine', ws: mine }, { source: 'theirs', ws: theirs }], NOW);
    expect(ws.people.map((p) => p.id)).toEqual(['x']);
    expect(ws.keyResults).toEqual([]);
    expect(report.deleted).toBe(1);
    expect(ws.tombstones).toEqual([{ id: 'x', type: 'keyResult', deletedAt: '2026-11-10T09:00:00.000Z', last: kr }]);
  });

  it('compares edit times as instants: 09:00 in California is later than 12:00 UTC', () => {
    const early = objective({ id: 'o', title: 'Early', updatedAt: '2026-11-10T12:00:00Z' });
    const late = objective({ id: 'o', title: 'Late', updatedAt: '2026-11-10T09:00:00-08:00' });
    for (const order of [[early, late], [late, early]]) {
      const { ws } = mergeWorkspaces(order.map((o, i) => ({ source: `s${i}`, ws: workspace({ objectives: [o] }) })), NOW);
      expect(ws.objectives[0]).toMatchObject({ title: 'Late', updatedAt: '2026-11-10T17:00:00.000Z' });
    }
  });
});

describe('mergeWorkspaces with KPIs', () => {
  const churn = kpi({ id: 'churn', name: 'Churn', healthyMax: 2, updatedAt: '2026-11-01T09:00:00.000Z' });

  it('merges a KPI field by field: one person renames it, another moves its bound', () => {
    const renamed = { ...churn, name: 'Monthly logo churn', updatedAt: '2026-11-05T09:00:00.000Z', fieldClocks: { healthyMax: '2026-11-01T09:00:00.000Z' } };
    const bound = { ...churn, healthyMax: 2.5, updatedAt: '2026-11-06T09:00:00.000Z', fieldClocks: { name: '2026-11-01T09:00:00.000Z' } };
    for (const order of [[renamed, bound], [bound, renamed]]) {
      const { ws } = mergeWorkspaces(order.map((k, i) => ({ source: `s${i}`, ws: workspace({ kpis: [k] }) })), NOW);
      expect(ws.kpis).toHaveLength(1);
      expect(ws.kpis[0]).toMatchObject({ name: 'Monthly logo churn', healthyMax: 2.5 });
    }
  });

  it('deletes a KPI by a kpi tombstone only, keeps its check-ins, and never deletes an objective with its id', () => {
    const o = objective({ id: 'churn' });
    const ci = checkIn({ id: 'c1', targetType: 'kpi', targetId: 'churn', value: 2.6 });
    const mine = workspace({ objectives: [o], kpis: [churn], checkIns: [ci] });
    const theirs = workspace({ objectives: [o], tombstones: [{ id: 'churn', type: 'kpi', deletedAt: '2026-11-10T09:00:00.000Z' }] });
    const { ws, report } = mergeWorkspaces([{ source: 'mine', ws: mine }, { source: 'theirs', ws: theirs }], NOW);
    expect(ws.kpis).toEqual([]);
    expect(ws.objectives.map((x) => x.id)).toEqual(['churn']);
    expect(ws.checkIns.map((c) => c.id)).toEqual(['c1']);
    expect(report.deleted).toBe(1);
    expect(ws.tombstones).toEqual([{ id: 'churn', type: 'kpi', deletedAt: '2026-11-10T09:00:00.000Z', last: churn }]);
  });

  it('lets an edit made after the deletion bring the KPI back', () => {
    const edited = { ...churn, name: 'Churn (logos)', updatedAt: '2026-11-12T09:00:00.000Z' };
    const gone = workspace({ tombstones: [{ id: 'churn', type: 'kpi', deletedAt: '2026-11-10T09:00:00.000Z' }] });
    const { ws } = mergeWorkspaces([{ source: 'a', ws: gone }, { source: 'b', ws: workspace({ kpis: [edited] }) }], NOW);
    expect(ws.kpis.map((k) => k.name)).toEqual(['Churn (logos)']);
  });
});
