import type { ItemType } from '../loose-values.ts';
import { rowTypeOf, typeByRowTypes, type RowTypes } from './row-types.ts';

const CANONICAL: Record<ItemType, string> = { objective: 'Objective', keyResult: 'Key Result', initiative: 'Initiative' };

/**
 * The body with the type column's cells written as the readers know them (`Epic` → `Initiative`),
 * as the mapping's row types say. Rows are copied only when a cell changes.
 */
export function applyRowTypes(body: string[][], typeIndex: number | undefined, rowTypes: RowTypes): string[][] {
  if (typeIndex === undefined) return body;
  const typeOf = typeByRowTypes(rowTypes);
  return body.map((row) => {
    const cell = row[typeIndex]?.trim() ?? '';
    const type = cell ? typeOf(cell) ?? rowTypeOf(cell) : undefined;
    if (!type || cell === CANONICAL[type]) return row;
    const copy = [...row];
    copy[typeIndex] = CANONICAL[type];
    return copy;
  });
}
