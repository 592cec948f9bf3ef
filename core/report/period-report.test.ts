import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { checkIn, keyResult, objective, workspace } from '../../test/builders.ts';
import { periodReport } from './period-report.ts';

describe('periodReport', () => {
  it('orders objectives as an alignment tree and counts statuses against pace', () => {
    const ws = workspace({
      objectives: [objective({ id: 'child', parentIds: ['root'] }), objective({ id: 'root' }), objective({ id: 'secret', private: true })],
      keyResults: [keyResult({ id: 'k', objectiveId: 'root', kind: 'milestone' })],
      checkIns: [checkIn({ targetId: 'k', value: 20 })],
    });
    // 2026-11-16 is exactly half-way through Q4: 20 % done is more than 25 points behind.
    const report = periodReport(ws, '2026-q4', new Date('2026-11-16T00:00:00Z'))!;
    expect(report.expected).toBeCloseTo(0.5, 10);
    expect(report.objectives.map((r) => [r.objective.id, r.depth, r.status])).toEqual([['root', 0, 'at-risk'], ['child', 1, 'pending']]);
    expect(report.statusCounts).toEqual({ 'on-track': 0, behind: 0, 'at-risk': 1, 'off-track': 0, pending: 1 });
    expect(report.objectives[0]?.keyResults[0]?.progress).toMatchObject({ state: 'measured', progress: 0.2 });
  });

  it('is undefined for an unknown period', () => {
    expect(periodReport(workspace(), 'nope', new Date())).toBeUndefined();
  });

  it('reports every demo objective of Q4 once', () => {
    const report = periodReport(buildDemo(), '2026-q4', new Date('2026-11-20T17:00:00Z'))!;
    expect(report.objectives.map((r) => r.objective.id).sort()).toEqual(['q4-company', 'q4-docs', 'q4-enterprise', 'q4-migration', 'q4-scale', 'q4-self-serve', 'q4-support']);
    expect(report.objectives[0]?.objective.id).toBe('q4-company');
    expect(report.objectives.find((r) => r.objective.id === 'q4-migration')?.depth).toBe(2);
  });
});
