import type { Provenance } from '../import/import-plan.ts';
import type { Problem } from '../import/problems.ts';
import type { Resolver } from '../import/resolver.ts';
import type { Kpi } from '../model/records.ts';
import { readNumber } from './cell-values.ts';
import { KPI_COLUMNS, type KpiColumn } from './kpi-columns.ts';
import { splitValues } from './multi-value.ts';

export type CanonicalKpis = { kpis: Kpi[]; problems: Problem[]; provenance: Provenance };

const FIELD_COLUMNS: Record<string, KpiColumn> = { ownerIds: 'owners', teamIds: 'teams', healthyMin: 'healthy min', healthyMax: 'healthy max' };
const columnOf = (field: string) => FIELD_COLUMNS[field] ?? field;

/**
 * Reads our own KPIs file (header = KPI_COLUMNS in any order). `current` is derived from the
 * check-ins and not read back: a KPI's values come in through the check-ins file.
 */
export function readCanonicalKpis(rows: readonly string[][], file: string, resolver: Resolver, now: string): CanonicalKpis {
  const [header = [], ...body] = rows;
  const at = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const problems: Problem[] = [];
  const provenance: Provenance = new Map();
  const kpis: Kpi[] = [];
  const missing = KPI_COLUMNS.filter((c) => !at.has(c) && ['id', 'name', 'healthy min', 'healthy max'].includes(c));
  if (missing.length > 0) return { kpis, provenance, problems: [{ file, row: 1, severity: 'error', message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }] };

  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get = (c: KpiColumn) => cells[at.get(c) ?? -1] ?? '';
    const bad = (column: KpiColumn, message: string) => problems.push({ file, row, column, severity: 'error', message });
    const number = (c: KpiColumn) => {
      const v = readNumber(get(c));
      if (v !== undefined && Number.isNaN(v)) bad(c, `expected a number, got ${JSON.stringify(get(c))}`);
      return v !== undefined && !Number.isNaN(v) ? v : undefined;
    };
    const id = get('id').trim();
    if (!id) return bad('id', 'is empty; every row of an OKR Lens KPIs file has an id');
    const firstRow = provenance.get(id)?.row;
    if (firstRow !== undefined) return bad('id', `${JSON.stringify(id)} is already used on row ${firstRow}`);
    const [healthyMin, healthyMax] = [number('healthy min'), number('healthy max')];
    const optionalText = (c: KpiColumn, key: string) => (get(c) !== '' ? { [key]: get(c) } : {});
    const tags = splitValues(get('tags'));
    kpis.push({
      id, name: get('name'), ...optionalText('description', 'description'), ownerIds: splitValues(get('owners')).map((ref) => resolver.person(ref)),
      teamIds: splitValues(get('teams')).map((t) => resolver.team(t)), ...optionalText('unit', 'unit'),
      ...(healthyMin !== undefined ? { healthyMin } : {}), ...(healthyMax !== undefined ? { healthyMax } : {}),
      ...(tags.length > 0 ? { tags } : {}), updatedAt: now,
    });
    provenance.set(id, { file, row, column: columnOf });
  });
  return { kpis, problems, provenance };
}
