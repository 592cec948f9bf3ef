import { describe, expect, it } from 'vitest';
import { keyResult, objective, person, workspace } from '../../test/builders.ts';
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
