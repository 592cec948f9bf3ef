import { checkInsOf } from '../../math/workspace-index.ts';
import { kpiHealth } from '../../math/kpi-health.ts';
import { latestValueCheckIn } from '../../math/progress.ts';
import { healthyRangeText, withUnit } from '../../report/kpi-report.ts';
import type { Rule } from '../rule.ts';

// DESIGN.md: an OKR is often born from a KPI that left its range. A note, not a warning: a KPI
// may dip for a week without anyone needing a new objective.
export const kpiOutOfRange: Rule = {
  id: 'kpi-out-of-range',
  summary: 'A KPI out of its healthy range may call for an objective.',
  check(ws, index) {
    return ws.kpis.flatMap((k) => {
      const latest = latestValueCheckIn(checkInsOf(index, 'kpi', k.id));
      if (kpiHealth(k, latest) !== 'unhealthy') return [];
      return [{ ruleId: this.id, severity: 'info' as const, subject: { type: 'kpi' as const, id: k.id },
        reason: `KPI “${k.name}” is out of its healthy range (${withUnit(latest!.value!, k.unit)}, healthy ${healthyRangeText(k)}); if it stays there, an objective to bring it back may be due.` }];
    });
  },
};
