import { KPI_SIGNATURE } from '../csv/kpi-columns.ts';
import { normaliseHeader, type HeaderMap } from './header-fields.ts';
import { krGroups } from './layouts/kr-groups.ts';
import { projectToolColumns } from './layouts/project-tool.ts';
import { dayOrderOf } from './loose-dates.ts';
import { historyColumns } from './tidy/history-columns.ts';

export const LAYOUTS = {
  'canonical-items': 'OKR Lens items file',
  'canonical-check-ins': 'OKR Lens check-ins file',
  'canonical-kpis': 'OKR Lens KPIs file',
  'row-id-parent': 'row id + parent id (Ally / Viva Goals export)',
  outline: 'outline numbers (1, 1.1, 1.2.1)',
  indentation: 'indentation columns (Main, L1, L2 …)',
  'check-in-log': 'check-in log (key result, date, value)',
  'kr-rows': 'one row per key result with an Objective column',
  'type-parent-name': 'type column + parent name',
  tracker: 'tracker export: issue key, issue type, parent (Jira)',
  'project-tool': 'project-tool export: sections, tasks, subtasks (Asana / Monday)',
  'kr-groups': 'one objective per row with numbered key result columns (KR1, KR1 Target …)',
  'wide-history': 'one row per key result with a column per week or date',
  'goal-tree': 'goal ids with parent goal ids, no type column (Workday / BambooHR / Lattice)',
} as const;

export type Layout = keyof typeof LAYOUTS;

const has = (header: readonly string[], names: readonly string[]) => {
  const set = new Set(header.map((h) => h.trim().toLowerCase()));
  return names.every((n) => set.has(n));
};

/** Which layout a header describes; undefined when none fits. */
export function detectLayout(header: readonly string[], map: HeaderMap, firstRows: readonly string[][]): Layout | undefined {
  if (has(header, ['id', 'type', 'parent ids', 'title'])) return 'canonical-items';
  if (has(header, ['id', 'target id', 'time'])) return 'canonical-check-ins';
  if (has(header, KPI_SIGNATURE)) return 'canonical-kpis';
  const f = map.fields;
  const headerKeys = new Set(header.map(normaliseHeader));
  if (f.has('rowId') && f.has('type') && (headerKeys.has('issuetype') || headerKeys.has('issuekey'))) return 'tracker';
  // A layout's own columns (a section and a parent task, numbered key result groups) win over
  // the generic readings those same columns would also fit (goal ids with parents, kr-rows).
  if (!f.has('type') && (f.has('title') || f.has('keyResult')) && projectToolColumns(header)) return 'project-tool';
  if (isKrGroups(header, map)) return 'kr-groups';
  if (f.has('rowId') && f.has('parent') && !f.has('type') && (f.has('title') || f.has('objective'))) return 'goal-tree';
  if (f.has('objective') && f.has('keyResult') && historyColumns(header, dayOrderOf(header)).length >= 2) return 'wide-history';
  if (f.has('rowId') && f.has('parent') && (f.has('title') || f.has('objective'))) return 'row-id-parent';
  if (f.has('order') && firstRows.some((r) => /^\d+(\.\d+)+\.?$/.test(r[f.get('order')!]?.trim() ?? ''))) return 'outline';
  if (map.indent.length >= 2 && map.indent[0]!.depth === 0) return 'indentation';
  if (f.has('keyResult') && f.has('date') && !f.has('target') && !f.has('start')) return 'check-in-log';
  if (f.has('objective') && f.has('keyResult')) return 'kr-rows';
  if (f.has('type') && f.has('title')) return 'type-parent-name';
  return undefined;
}

/** The header's numbered key result groups, and an objective (or title) column outside them. */
function isKrGroups(header: readonly string[], map: HeaderMap): boolean {
  const inGroups = krGroupColumns(header);
  if (inGroups.size === 0) return false;
  const outside = (field: 'objective' | 'title' | 'keyResult') => map.fields.has(field) && !inGroups.has(map.fields.get(field)!);
  // Values may read `KR1` as the key result column: it is still the first group, not kr-rows.
  return !outside('keyResult') && (outside('objective') || outside('title'));
}

/** The indexes of every column in a numbered key result group (`KR1`, `KR1 Target` …). */
export function krGroupColumns(header: readonly string[]): Set<number> {
  return new Set(krGroups(header).flatMap((g) => Object.values(g.columns)));
}
