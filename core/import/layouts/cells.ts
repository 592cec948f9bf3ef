import type { Cell } from '../draft.ts';
import { parseItemType, type ItemType } from '../loose-values.ts';
import type { Problem } from '../problems.ts';
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

/**
 * What a row is: its Type cell when it has one, else what its position says (outline depth,
 * indentation), else nothing. A Type cell that names no item type is reported.
 */
export function itemTypeOf(
  cells: Partial<Record<Field, Cell>>, byPosition: ItemType | undefined, map: HeaderMap, at: { file: string; row: number }, problems: Problem[],
): ItemType | undefined {
  const type = cells.type ? parseItemType(cells.type.text) : byPosition;
  if (!type) problems.push({ ...at, column: cells.type?.column ?? map.columns[map.fields.get('type') ?? -1] ?? 'Type', severity: 'error',
    message: `expected Objective, Key Result or Initiative, got ${JSON.stringify(cells.type?.text ?? '')}` });
  return type;
}
