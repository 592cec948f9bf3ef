import { KPI_SIGNATURE } from '../csv/kpi-columns.ts';
import type { HeaderMap } from './header-fields.ts';

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
  if (f.has('rowId') && f.has('parent') && (f.has('title') || f.has('objective'))) return 'row-id-parent';
  if (f.has('order') && firstRows.some((r) => /^\d+(\.\d+)+\.?$/.test(r[f.get('order')!]?.trim() ?? ''))) return 'outline';
  if (map.indent.length >= 2 && map.indent[0]!.depth === 0) return 'indentation';
  if (f.has('keyResult') && f.has('date') && !f.has('target') && !f.has('start')) return 'check-in-log';
  if (f.has('objective') && f.has('keyResult')) return 'kr-rows';
  if (f.has('type') && f.has('title')) return 'type-parent-name';
  return undefined;
}
