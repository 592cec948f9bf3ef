import type { Field } from '../header-fields.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { rowTypeOf, typeByRowTypes } from './row-types.ts';

/** The columns a mapping preview shows, in this order, when some column has the role. */
export const PREVIEW_FIELDS = ['title', 'objective', 'keyResult', 'parent', 'owner', 'team', 'period', 'start', 'target', 'current', 'due', 'status'] as const satisfies readonly Field[];
export type PreviewField = (typeof PREVIEW_FIELDS)[number];
export type PreviewRow = { row: number; type: string; cells: Partial<Record<PreviewField, string>> };

const TYPE_LABEL = { objective: 'Objective', keyResult: 'Key result', initiative: 'Initiative' } as const;

/**
 * The first rows as the mapping reads them, for a live preview while roles change: each row's
 * item type (by the type column and the row types; `?` when they name none) and its mapped cells.
 */
export function previewRows(mapping: ColumnMapping, sample: readonly (readonly string[])[]): { fields: PreviewField[]; rows: PreviewRow[] } {
  const first = new Map<string, number>();
  for (const c of mapping.columns) if (c.role !== 'ignore' && !first.has(c.role)) first.set(c.role, c.index);
  const fields = PREVIEW_FIELDS.filter((f) => first.has(f));
  const typeAt = first.get('type');
  const typeOf = typeByRowTypes(mapping.rowTypes);
  const rows = sample.flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return [];
    const text = typeAt === undefined ? '' : (cells[typeAt] ?? '').trim();
    const type = text ? typeOf(text) ?? rowTypeOf(text) : undefined;
    const label = type ? TYPE_LABEL[type] : typeAt === undefined ? '—' : `? ${text}`;
    const picked: PreviewRow['cells'] = {};
    for (const f of fields) {
      const value = (cells[first.get(f)!] ?? '').trim();
      if (value) picked[f] = value;
    }
    return [{ row: i + 2, type: label, cells: picked }];
  });
  return { fields, rows };
}
