import type { Kpi } from './records.ts';

/**
 * A KPI's healthy range needs a bound, and a low bound above the high one would make every value
 * unhealthy. Separate from the shape check, which sees one field at a time; forms and the
 * background use it to refuse a bad range as it is typed.
 */
export function healthyRangeIssues(kpi: Pick<Kpi, 'healthyMin' | 'healthyMax'>): { field: string; message: string }[] {
  const { healthyMin: min, healthyMax: max } = kpi;
  if (min === undefined && max === undefined) return [{ field: 'healthyMin', message: 'a KPI needs a healthy range: give healthyMin, healthyMax or both' }];
  if (min !== undefined && max !== undefined && min > max) return [{ field: 'healthyMax', message: `is ${max}, below healthyMin ${min}; the healthy range must run from low to high` }];
  return [];
}
