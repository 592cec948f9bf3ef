import type { CheckIn } from '../model/records.ts';
import type { Tombstone, Workspace } from '../model/workspace.ts';

// KPIs came after version 1 was released. A version 1 reader keeps top-level arrays it does not
// know, but validates `checkIns` and `tombstones` against its own vocabulary, where "kpi" is not a
// target or a record type: one KPI check-in there would make it refuse the whole file. So a file
// carries KPI check-ins and KPI deletions in arrays of their own, `kpiCheckIns` and
// `kpiTombstones`, beside `kpis`; in memory they are ordinary check-ins and tombstones.
// (docs/bundle-format.md, "KPIs in version 1")

type WithKpiLists = Pick<Workspace, 'checkIns' | 'tombstones' | 'kpis'>;

/** The object written to the file: KPI events moved out of the arrays older readers check. */
export function toFileForm<B extends WithKpiLists>(bundle: B): Omit<B, 'kpis'> & { kpis: B['kpis']; kpiCheckIns: CheckIn[]; kpiTombstones: Tombstone[] } {
  const { kpis, ...rest } = bundle;
  return {
    ...rest,
    checkIns: bundle.checkIns.filter((c) => c.targetType !== 'kpi'),
    tombstones: bundle.tombstones.filter((t) => t.type !== 'kpi'),
    kpis,
    kpiCheckIns: bundle.checkIns.filter((c) => c.targetType === 'kpi'),
    kpiTombstones: bundle.tombstones.filter((t) => t.type === 'kpi'),
  };
}

/**
 * The in-memory form of a parsed file: KPI events back in `checkIns` and `tombstones`, `kpis`
 * present. Returns problems instead when the KPI arrays are not lists or hold something else.
 */
export function fromFileForm(doc: Record<string, unknown>): { doc: Record<string, unknown> } | { problems: string[] } {
  const { kpiCheckIns = [], kpiTombstones = [], ...rest } = doc;
  const problems: string[] = [];
  if (!Array.isArray(kpiCheckIns)) problems.push('field kpiCheckIns: expected a list of check-ins on KPIs');
  else kpiCheckIns.forEach((c: unknown, i) => (isObject(c) && c.targetType === 'kpi') || problems.push(`kpiCheckIns[${i}]: targetType must be "kpi" (other check-ins belong in checkIns)`));
  if (!Array.isArray(kpiTombstones)) problems.push('field kpiTombstones: expected a list of deleted KPIs');
  else kpiTombstones.forEach((t: unknown, i) => (isObject(t) && t.type === 'kpi') || problems.push(`kpiTombstones[${i}]: type must be "kpi" (other deletions belong in tombstones)`));
  if (problems.length > 0) return { problems };
  const join = (key: string, extra: unknown[]) => (Array.isArray(rest[key]) ? [...(rest[key] as unknown[]), ...extra] : extra.length > 0 ? extra : rest[key]);
  return { doc: { kpis: [], ...rest, checkIns: join('checkIns', kpiCheckIns as unknown[]), tombstones: join('tombstones', kpiTombstones as unknown[]) } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
