import type { Rule } from '../rule.ts';

export const kpiWithoutOwner: Rule = {
  id: 'kpi-without-owner',
  summary: 'Every KPI has an owner who keeps it in range.',
  check(ws) {
    return ws.kpis
      .filter((k) => k.ownerIds.length === 0)
      .map((k) => ({ ruleId: this.id, severity: 'warning' as const, subject: { type: 'kpi' as const, id: k.id },
        reason: `KPI “${k.name}” has no owner: nobody is there to notice when it leaves its range.` }));
  },
};
