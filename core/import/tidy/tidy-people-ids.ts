import type { CheckInDraft, Draft } from '../draft.ts';
import { splitPeople } from '../loose-values.ts';
import type { Problem } from '../problems.ts';

/** People cells rewritten one person a line, so `Doe, Jane` stays one person (see splitPeople). */
export function tidyPeople(drafts: readonly Draft[], logs: readonly CheckInDraft[]): void {
  for (const cell of [...drafts.map((d) => d.cells.owner), ...logs.map((l) => l.cells.author)]) if (cell) cell.text = splitPeople(cell.text).join('\n');
}

const SCIENTIFIC = /^-?\d(?:[.,]\d+)?E\+?\d+$/i;

/**
 * Ids Excel turned into numbers (`1.23E+11`) are kept as written, but digits are lost that way:
 * two ids may now be one. Said once per file, with the rows.
 */
export function warnScientificIds(file: string, drafts: readonly Draft[], problems: Problem[]): void {
  const hits = drafts.flatMap((d) => [d.cells.rowId, d.cells.parent].filter((c) => c && SCIENTIFIC.test(c.text)).map((c) => ({ row: d.row, cell: c! })));
  const first = hits[0];
  if (!first) return;
  const rows = [...new Set(hits.map((h) => h.row))];
  problems.push({ file, row: first.row, column: first.cell.column, severity: 'warning',
    message: `ids such as ${JSON.stringify(first.cell.text)} (rows ${rows.join(', ')}) are numbers Excel wrote in scientific notation: kept as text, but digits were lost and two ids may now collide; format the id column as text before saving` });
}
