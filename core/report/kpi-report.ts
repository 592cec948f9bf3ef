import { kpiHealth, type KpiHealth } from '../math/kpi-health.ts';
import { latestValueCheckIn } from '../math/progress.ts';
import { checkInsOf, indexWorkspace } from '../math/workspace-index.ts';
import type { CheckIn, Kpi } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';

// KPIs as the extension (and later the site) lists them: one wording for both.

export const KPI_HEALTH_LABELS = { healthy: 'Healthy', unhealthy: 'Out of range', 'no-data': 'No check-in yet' } as const satisfies Record<KpiHealth, string>;

/** Unhealthy first: a KPI out of its range is what a review meeting needs to see. */
const HEALTH_ORDER = { unhealthy: 0, 'no-data': 1, healthy: 2 } as const satisfies Record<KpiHealth, number>;

/** `12 %`, `4 h`, `34 points`: a value with the KPI's unit; `%` sits after a space like other units. */
export const withUnit = (value: number | string, unit: string | undefined) => (unit ? `${value} ${unit}` : String(value));

/** The healthy range in words: `≥ 99.9 %`, `≤ 2 %`, `80–100 %`. */
export function healthyRangeText(kpi: Pick<Kpi, 'healthyMin' | 'healthyMax' | 'unit'>): string {
  const { healthyMin: min, healthyMax: max, unit } = kpi;
  if (min !== undefined && max !== undefined) return min === max ? `= ${withUnit(min, unit)}` : withUnit(`${min}–${max}`, unit);
  if (min !== undefined) return `≥ ${withUnit(min, unit)}`;
  if (max !== undefined) return `≤ ${withUnit(max, unit)}`;
  return 'no range';
}

export type KpiRow = { kpi: Kpi; health: KpiHealth; latest: CheckIn | undefined; checkIns: number };

/** Every KPI with its health and latest value, out-of-range first, then by name. */
export function kpiRows(ws: Pick<Workspace, 'kpis' | 'checkIns' | 'objectives' | 'keyResults' | 'initiatives'>): KpiRow[] {
  const index = indexWorkspace(ws);
  return ws.kpis
    .map((kpi) => {
      const checkIns = checkInsOf(index, 'kpi', kpi.id);
      const latest = latestValueCheckIn(checkIns);
      return { kpi, health: kpiHealth(kpi, latest), latest, checkIns: checkIns.length };
    })
    .sort((a, b) => HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health] || a.kpi.name.localeCompare(b.kpi.name) || (a.kpi.id < b.kpi.id ? -1 : 1));
}
