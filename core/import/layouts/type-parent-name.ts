import type { Draft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank, itemTypeOf } from './cells.ts';

/** A type column and a parent named by its title: `Type`, `Title`, `Parent`. */
export function readTypeParentName({ file, body }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    const type = itemTypeOf(c, undefined, map, { file, row }, problems);
    if (!type) return;
    drafts.push({ file, row, type, key: `row ${row}`, ...(c.parent ? { parentTitle: c.parent } : {}), cells: c });
  });
  return drafts;
}
