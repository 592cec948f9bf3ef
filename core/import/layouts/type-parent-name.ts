import type { Draft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import { parseItemType } from '../loose-values.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank } from './cells.ts';

/** A type column and a parent named by its title: `Type`, `Title`, `Parent`. */
export function readTypeParentName({ file, body }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    const type = c.type ? parseItemType(c.type.text) : undefined;
    if (!type) return void problems.push({ file, row, column: c.type?.column ?? map.columns[map.fields.get('type')!], severity: 'error', message: `expected Objective, Key Result or Initiative, got ${JSON.stringify(c.type?.text ?? '')}` });
    drafts.push({ file, row, type, key: `row ${row}`, ...(c.parent ? { parentTitle: c.parent } : {}), cells: c });
  });
  return drafts;
}
