import { latestValueCheckIn } from '../math/progress.ts';
import { checkInsOf, type WorkspaceIndex } from '../math/workspace-index.ts';
import type { Workspace } from '../model/workspace.ts';
import { num } from './canonical-columns.ts';
import { writeCsv } from './csv-text.ts';
import { KPI_COLUMNS, type KpiColumn } from './kpi-columns.ts';
import { joinValues } from './multi-value.ts';

/** The KPIs file: one row per KPI, sorted by id so exports diff well; `current` is its latest check-in's value. */
export function exportKpis(ws: Pick<Workspace, 'kpis' | 'teams'>, index: Pick<WorkspaceIndex, 'checkInsByTarget'>, people: ReadonlyMap<string, string>): string {
  const teams = new Map(ws.teams.map((t) => [t.id, t.name]));
  const rows = [...ws.kpis].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((k) => {
    const cells: Record<KpiColumn, string> = {
      id: k.id, name: k.name, description: k.description ?? '', owners: joinValues(k.ownerIds.map((id) => people.get(id) ?? id)),
      teams: joinValues(k.teamIds.map((id) => teams.get(id) ?? id)), unit: k.unit ?? '', 'healthy min': num(k.healthyMin), 'healthy max': num(k.healthyMax),
      current: num(latestValueCheckIn(checkInsOf(index, 'kpi', k.id))?.value), tags: k.tags ? joinValues(k.tags) : '',
    };
    return KPI_COLUMNS.map((c) => cells[c]);
  });
  // papaparse ends a header-only table with its own line end, and writeCsv adds one: a workspace
  // without KPIs (most of them) gets just the header line.
  return rows.length === 0 ? `${KPI_COLUMNS.join(',')}\r\n` : writeCsv(KPI_COLUMNS, rows);
}
