import type { CheckIn, Kpi } from '../model/records.ts';

export const KPI_HEALTH = ['healthy', 'unhealthy', 'no-data'] as const;
export type KpiHealth = (typeof KPI_HEALTH)[number];

/** Whether `value` lies in the KPI's healthy range; both bounds are inclusive (an uptime of exactly 99.9 % meets "≥ 99.9 %"). */
export const inHealthyRange = (kpi: Pick<Kpi, 'healthyMin' | 'healthyMax'>, value: number): boolean =>
  (kpi.healthyMin === undefined || value >= kpi.healthyMin) && (kpi.healthyMax === undefined || value <= kpi.healthyMax);

/**
 * A KPI's health from its latest check-in (pick it with latestValueCheckIn). A KPI never checked
 * in, or checked in without a value, has no data: like a pending key result, it is not healthy.
 */
export function kpiHealth(kpi: Pick<Kpi, 'healthyMin' | 'healthyMax'>, latest: Pick<CheckIn, 'value'> | undefined): KpiHealth {
  if (latest?.value === undefined) return 'no-data';
  return inHealthyRange(kpi, latest.value) ? 'healthy' : 'unhealthy';
}
