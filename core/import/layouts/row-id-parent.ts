import type { Draft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank, itemTypeOf } from './cells.ts';

/** Row id + parent id (the Ally / Viva Goals export): `Row ID`, `Title`, `Parent`, `Entity`. */
export function readRowIdParent({ file, body }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  const rowOfId = new Map<string, number>();
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    if (!c.rowId) return void problems.push({ file, row, column: map.columns[map.fields.get('rowId')!], severity: 'error', message: 'is empty; every row needs a row id' });
    const type = itemTypeOf(c, undefined, map, { file, row }, problems);
    if (!type) return;
    const first = rowOfId.get(c.rowId.text);
    if (first !== undefined) return void problems.push({ file, row, column: c.rowId.column, severity: 'error', message: `row id ${JSON.stringify(c.rowId.text)} is already used on row ${first}` });
    rowOfId.set(c.rowId.text, row);
    drafts.push({ file, row, type, key: c.rowId.text, ...(c.parent ? { parentKey: c.parent.text } : {}), cells: c });
  });
  return drafts;
}
