import type { Draft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import { splitLoose } from '../loose-values.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank } from './cells.ts';

const MEASURES = /^(number|numeric|currency|money|monetary|amount|percent|percentage|quantitative|metric)$/i;

/**
 * An HR suite's goal export (Workday, BambooHR, Lattice): goal ids with parent goal ids, no type
 * column. A goal with no parent, or that other goals sit under, is an objective; a goal with none
 * under it is a key result of its parent. A cell may name several parents: the first is the
 * structural one, and the rest are named in a warning (an item has one parent here).
 */
export function readGoalTree({ file, body }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const rows: { draft: Omit<Draft, 'type'>; parents: string[] }[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    if (!c.rowId) return void problems.push({ file, row, column: map.columns[map.fields.get('rowId')!], severity: 'error', message: 'is empty; every goal needs an id' });
    const first = seen.get(c.rowId.text);
    if (first !== undefined) return void problems.push({ file, row, column: c.rowId.column, severity: 'error', message: `goal id ${JSON.stringify(c.rowId.text)} is already used on row ${first}` });
    seen.set(c.rowId.text, row);
    const title = c.title ?? c.objective;
    // HR suites' goal types say what is measured, not which way: the start and target tell that.
    // A "Percentage" goal measures a share from a start to a target, not a milestone's progress.
    if (c.kind && MEASURES.test(c.kind.text.trim()) && (c.start || c.target)) {
      if (/^percent/i.test(c.kind.text.trim())) c.unit ??= { text: '%', column: c.kind.column };
      c.kind = undefined;
    }
    rows.push({ draft: { file, row, key: c.rowId.text, cells: { ...c, ...(title ? { title } : {}) } }, parents: c.parent ? splitLoose(c.parent.text) : [] });
  });
  const hasChildren = new Set(rows.flatMap((r) => r.parents.slice(0, 1)));
  return rows.map(({ draft, parents }) => {
    const [parent, ...others] = parents;
    if (others.length > 0)
      problems.push({ file, row: draft.row, column: draft.cells.parent?.column, severity: 'warning', message: `goal ${draft.key} aligns to ${parents.length} goals (${parents.join(', ')}): placed under ${parent}, the first` });
    const type = !parent || hasChildren.has(draft.key) ? 'objective' : 'keyResult';
    return { ...draft, type, ...(parent ? { parentKey: parent } : {}) } satisfies Draft;
  });
}
