import { parseItemType, type ItemType } from '../loose-values.ts';

/** Which cell values of the type column mean which item type (`Epic` → initiative). */
export type RowTypes = Record<ItemType, string[]>;

const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// Words trackers and project tools use for their rows, beyond the ones loose-values.ts knows.
const TRACKER_WORDS: Record<string, ItemType> = {
  goal: 'objective', okr: 'objective', theme: 'objective', section: 'objective',
  keyresults: 'keyResult', measure: 'keyResult', metric: 'keyResult',
  story: 'initiative', userstory: 'initiative', subtask: 'initiative', feature: 'initiative', bug: 'initiative', action: 'initiative', milestone: 'initiative',
};

/** The item type a type cell names by itself, or undefined. */
export const rowTypeOf = (value: string): ItemType | undefined => parseItemType(value) ?? TRACKER_WORDS[key(value)];

/** The row types read from the distinct values of a type column, and the values that name none. */
export function rowTypesOf(values: Iterable<string>): { rowTypes: RowTypes; unknown: string[] } {
  const rowTypes: RowTypes = { objective: [], keyResult: [], initiative: [] };
  const unknown: string[] = [];
  const seen = new Set<string>();
  const raws = new Set<string>();
  for (const raw of values) {
    // Most cells repeat a handful of words: only a new spelling costs a normalisation.
    if (raws.has(raw)) continue;
    raws.add(raw);
    const value = raw.trim();
    if (!value || seen.has(key(value))) continue;
    seen.add(key(value));
    const type = rowTypeOf(value);
    if (type) rowTypes[type].push(value);
    else unknown.push(value);
  }
  return { rowTypes, unknown };
}

/** The item type a mapping's row types give a cell value (compared loosely). */
export function typeByRowTypes(rowTypes: RowTypes): (value: string) => ItemType | undefined {
  const byKey = new Map<string, ItemType>();
  for (const type of ['objective', 'keyResult', 'initiative'] as const) for (const v of rowTypes[type]) byKey.set(key(v), type);
  return (value) => byKey.get(key(value));
}

/** The distinct cells of one column, in first-seen order: what a type column's row types are read from. */
export function distinctCells(body: readonly (readonly string[])[], index: number): Set<string> {
  const cells = new Set<string>();
  for (const row of body) {
    const cell = row[index];
    if (cell) cells.add(cell);
  }
  return cells;
}
