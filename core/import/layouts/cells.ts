import type { Cell } from '../draft.ts';
import type { Field, HeaderMap } from '../header-fields.ts';

/** The mapped cells of one row: only non-empty ones, each with its column's header. */
export function cellsOf(map: HeaderMap, row: readonly string[], only?: readonly Field[]): Partial<Record<Field, Cell>> {
  const cells: Partial<Record<Field, Cell>> = {};
  for (const [field, index] of map.fields) {
    if (only && !only.includes(field)) continue;
    const text = row[index]?.trim() ?? '';
    if (text) cells[field] = { text, column: map.columns[index] ?? field };
  }
  return cells;
}

export const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');
