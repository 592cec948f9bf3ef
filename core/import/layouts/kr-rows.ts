import type { Draft, TableInput } from '../draft.ts';
import type { Field, HeaderMap } from '../header-fields.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank } from './cells.ts';

// Cells that describe the objective rather than the key result on the same row.
const OBJECTIVE_FIELDS: readonly Field[] = ['period', 'team', 'commitment', 'description'];

/**
 * One row per key result with an `Objective` column (common Google Sheets templates). The
 * objective is created once, from its first row; a blank objective cell continues the one above
 * (merged cells export that way).
 */
export function readKrRows({ file, body }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  const objectives = new Map<string, Draft>();
  let current: Draft | undefined;
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    if (c.objective) {
      const key = `objective ${c.objective.text.toLowerCase()}|${c.period?.text.toLowerCase() ?? ''}`;
      current = objectives.get(key);
      if (!current) {
        const own = cellsOf(map, cells, OBJECTIVE_FIELDS);
        const owner = c.objectiveOwner ?? c.owner;
        current = { file, row, type: 'objective', key, cells: { ...own, title: c.objective, ...(owner ? { owner } : {}) } };
        objectives.set(key, current);
        drafts.push(current);
      }
    }
    if (!current) return void problems.push({ file, row, column: map.columns[map.fields.get('objective')!], severity: 'error', message: 'is empty and no objective above it to continue' });
    if (!c.keyResult) return; // an objective row without key results yet
    // Sheets of this kind call the measure's kind "Type": every row here is a key result anyway.
    // The row's cells become the key result's, changed in place (this runs once per row).
    c.kind ??= c.type;
    c.title = c.keyResult;
    c.type = c.objective = c.objectiveOwner = undefined;
    drafts.push({ file, row, type: 'keyResult', key: `row ${row}`, parentKey: current.key, cells: c });
  });
  return drafts;
}
