import type { Draft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import type { ItemType } from '../loose-values.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank, itemTypeOf } from './cells.ts';

const BY_DEPTH: ItemType[] = ['objective', 'keyResult', 'initiative'];

/** Indentation columns: the title sits in `Main`, `L1` or `L2`; its column gives its depth. */
export function readIndentation({ file, body }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  const lastAtDepth: string[] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const level = map.indent.findIndex(({ index }) => (cells[index] ?? '').trim() !== '');
    if (level < 0) return void problems.push({ file, row, column: map.columns[map.indent[0]!.index], severity: 'error', message: 'no title in any of the indentation columns' });
    const { depth, index } = map.indent[level]!;
    const parentKey = depth > 0 ? lastAtDepth[depth - 1] : undefined;
    if (depth > 0 && !parentKey)
      return void problems.push({ file, row, column: map.columns[index], severity: 'error', message: `is indented to level ${depth} but no row above it is at level ${depth - 1}` });
    const c = cellsOf(map, cells);
    const type = itemTypeOf(c, BY_DEPTH[Math.min(depth, 2)], map, { file, row }, problems);
    if (!type) return;
    const key = `row ${row}`;
    lastAtDepth[depth] = key;
    lastAtDepth.length = depth + 1;
    drafts.push({ file, row, type, key, ...(parentKey ? { parentKey } : {}), cells: { ...c, title: { text: (cells[index] ?? '').trim(), column: map.columns[index] ?? '' } } });
  });
  return drafts;
}
