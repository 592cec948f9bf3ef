import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../../fixtures/demo/build-demo.ts';
import { checkIn, kpi, workspace } from '../../../test/builders.ts';
import { indexWorkspace } from '../../math/workspace-index.ts';
import type { Workspace } from '../../model/workspace.ts';
import type { Rule } from '../rule.ts';
import { runQualityChecks } from '../run-checks.ts';
import { kpiOutOfRange } from './kpi-out-of-range.ts';
import { kpiWithoutOwner } from './kpi-without-owner.ts';

const run = (rule: Rule, ws: Workspace) => rule.check(ws, indexWorkspace(ws));

describe('kpi-without-owner', () => {
  it('warns about a KPI nobody owns, and only that one', () => {
    const ws = workspace({ kpis: [kpi({ id: 'a', name: 'Uptime', ownerIds: [] }), kpi({ id: 'b', ownerIds: ['ada'] })] });
    expect(run(kpiWithoutOwner, ws)).toEqual([{ ruleId: 'kpi-without-owner', severity: 'warning', subject: { type: 'kpi', id: 'a' },
      reason: 'KPI “Uptime” has no owner: nobody is there to notice when it leaves its range.' }]);
  });
});

describe('kpi-out-of-range', () => {
  it('notes a KPI whose latest value is out of range, not one without data or back in range', () => {
    const ws = workspace({
      kpis: [kpi({ id: 'churn', name: 'Churn', healthyMax: 2, unit: '%' }), kpi({ id: 'new' }), kpi({ id: 'back', healthyMax: 2 })],
      checkIns: [
        checkIn({ id: 'c1', targetType: 'kpi', targetId: 'churn', value: 2.6 }),
        checkIn({ id: 'c2', targetType: 'kpi', targetId: 'back', value: 3, time: '2026-11-01T10:00:00.000Z' }),
        checkIn({ id: 'c3', targetType: 'kpi', targetId: 'back', value: 1.5, time: '2026-11-08T10:00:00.000Z' }),
      ],
    });
    expect(run(kpiOutOfRange, ws)).toEqual([{ ruleId: 'kpi-out-of-range', severity: 'info', subject: { type: 'kpi', id: 'churn' },
      reason: 'KPI “Churn” is out of its healthy range (2.6 %, healthy ≤ 2 %); if it stays there, an objective to bring it back may be due.' }]);
  });

  it('speaks up about the demo company\'s churn', () => {
    expect(runQualityChecks(buildDemo()).filter((f) => f.subject.type === 'kpi').map((f) => `${f.ruleId}:${f.subject.id}`)).toEqual(['kpi-out-of-range:kpi-monthly-churn']);
  });
});
