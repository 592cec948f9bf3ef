import type { ItemType } from '../loose-values.ts';
import { rowTypeOf, typeByRowTypes, type RowTypes } from './row-types.ts';

const CANONICAL: Record<ItemType, string> = { objective: 'Objective', keyResult: 'Key Result', initiative: 'Initiative' };

/**
 * Writes the type column's cells as the readers know them (`Theme` → `Objective`), as the
 * mapping's row types say. A cell the layout's reader already reads as that type (`readerType`)
 * is left as the person wrote it, so messages keep their word (`Bug OKR-9`, not `Initiative OKR-9`).
 * In place: the body is this import's own, and a tracker export can have 100,000 rows to rewrite;
 * each distinct cell is looked up once.
 */
export function applyRowTypes(body: string[][], typeIndex: number | undefined, rowTypes: RowTypes, readerType: (cell: string) => ItemType | undefined): string[][] {
  if (typeIndex === undefined) return body;
  const typeOf = typeByRowTypes(rowTypes);
  const seen = new Map<string, string | undefined>();
  for (const row of body) {
    const cell = row[typeIndex];
    if (!cell) continue;
    let canonical = seen.get(cell);
    if (canonical === undefined && !seen.has(cell)) {
      const text = cell.trim();
      const type = text ? typeOf(text) ?? rowTypeOf(text) : undefined;
      canonical = type && readerType(text) !== type ? CANONICAL[type] : undefined;
      seen.set(cell, canonical);
    }
    if (canonical !== undefined) row[typeIndex] = canonical;
  }
  return body;
}
