import { describe, expect, it } from 'vitest';
import { alignmentChain } from '../../test/arbitraries/alignment.ts';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { checkIn, keyResult, objective, period, workspace } from '../../test/builders.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import { krProgressText, rollupSummary } from './labels.ts';
import { periodReport } from './period-report.ts';
import { workspaceCurrentPeriod, workspaceToday } from './today.ts';

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
    expect(report.timeZone).toBe('UTC');
    expect(report.objectives.map((r) => [r.objective.id, r.depth, r.status])).toEqual([['root', 0, 'at-risk'], ['child', 1, 'pending']]);
    expect(report.statusCounts).toEqual({ 'on-track': 0, behind: 0, 'at-risk': 1, 'off-track': 0, pending: 1 });
    expect(report.objectives[0]?.keyResults[0]?.progress).toMatchObject({ state: 'measured', progress: 0.2 });
  });

  it('is undefined for an unknown period', () => {
    expect(periodReport(workspace(), 'nope', new Date())).toBeUndefined();
  });

  it('paces the period in the workspace time zone', () => {
    const ws = workspace();
    const newYearsEve = new Date('2027-01-01T04:00:00Z'); // 20:00 on 31 December in California
    expect(periodReport(ws, '2026-q4', newYearsEve)!.expected).toBe(1);
    ws.workspace.settings = { ...DEFAULT_SETTINGS, timeZone: 'America/Los_Angeles' };
    const report = periodReport(ws, '2026-q4', newYearsEve)!;
    expect(report.expected).toBeCloseTo((91 + 20 / 24) / 92, 12);
    expect(report.timeZone).toBe('America/Los_Angeles');
    expect(workspaceToday(ws, newYearsEve)).toBe('2026-12-31');
    expect(workspaceCurrentPeriod({ ...ws, periods: [period(), period({ id: '2027-q1', start: '2027-01-01', end: '2027-03-31' })] }, newYearsEve)?.id).toBe('2026-q4');
  });

  it('marks what the number leaves out: draft and weight-0 key results, children that do not count', () => {
    const ws = workspace({
      objectives: [objective({ id: 'p' }), objective({ id: 'draft-child', parentIds: ['p'], state: 'draft' }), objective({ id: 'child', parentIds: ['p'] })],
      keyResults: [
        keyResult({ id: 'a', objectiveId: 'p', kind: 'milestone' }), keyResult({ id: 'd', objectiveId: 'p', state: 'draft', kind: 'milestone' }),
        keyResult({ id: 'z', objectiveId: 'p', weight: 0, kind: 'milestone' }), keyResult({ id: 'n', objectiveId: 'p', kind: 'decrease', start: undefined, target: 2 }),
      ],
      checkIns: [checkIn({ targetId: 'a', value: 60 }), checkIn({ targetId: 'd', value: 0 }), checkIn({ targetId: 'z', value: 0 }), checkIn({ targetId: 'n', value: 5 })],
    });
    ws.workspace.settings = { ...DEFAULT_SETTINGS, rollup: { includeInitiatives: false, includeChildObjectives: true } };
    const report = periodReport(ws, '2026-q4', new Date('2026-11-16T00:00:00Z'))!;
    const p = report.objectives.find((r) => r.objective.id === 'p')!;
    expect(p.keyResults.map((k) => [k.keyResult.id, k.excluded, krProgressText(k.progress)])).toEqual([
      ['a', undefined, '60 %'], ['d', 'draft', '0 %'], ['z', 'weight-0', '0 %'], ['n', undefined, 'No start value: progress cannot be measured'],
    ]);
    expect(p.progress).toBeCloseTo(0.3, 12); // a (60 %) and n (pending: 0) count
    expect(report.objectives.map((r) => [r.objective.id, r.leftOutOfParent])).toEqual([['p', false], ['draft-child', true], ['child', false]]);
    ws.workspace.settings = DEFAULT_SETTINGS;
    expect(periodReport(ws, '2026-q4', new Date('2026-11-16T00:00:00Z'))!.objectives.map((r) => r.leftOutOfParent)).toEqual([false, false, false]);
    expect(rollupSummary(DEFAULT_SETTINGS.rollup)).toBe('Objective progress counts its key results.');
    expect(rollupSummary({ includeInitiatives: true, includeChildObjectives: true })).toBe('Objective progress counts its key results, initiatives and aligned objectives.');
    expect(rollupSummary({ includeInitiatives: false, includeChildObjectives: true })).toBe('Objective progress counts its key results and aligned objectives.');
  });

  it('lays out an alignment chain thousands deep without recursion', () => {
    const chain = alignmentChain(15_000, 50);
    const report = periodReport(workspace(chain), '2026-q4', new Date('2026-11-16T00:00:00Z'))!;
    expect(report.objectives).toHaveLength(15_000);
    expect(report.objectives.at(-1)).toMatchObject({ depth: 14_999, progress: 0.5 });
  });

  it('reports every demo objective of Q4 once', () => {
    const report = periodReport(buildDemo(), '2026-q4', new Date('2026-11-20T17:00:00Z'))!;
    expect(report.objectives.map((r) => r.objective.id).sort()).toEqual(['q4-company', 'q4-docs', 'q4-enterprise', 'q4-migration', 'q4-scale', 'q4-self-serve', 'q4-support']);
    expect(report.objectives[0]?.objective.id).toBe('q4-company');
    expect(report.objectives.find((r) => r.objective.id === 'q4-migration')?.depth).toBe(2);
    expect(report.timeZone).toBe('America/New_York');
  });
});
