import type { CheckInDraft, Draft } from '../draft.ts';
import { splitPeople } from '../loose-values.ts';
import type { Problem } from '../problems.ts';

/** People cells rewritten one person a line, so `Doe, Jane` stays one person (see splitPeople). */
export function tidyPeople(drafts: readonly Draft[], logs: readonly CheckInDraft[]): void {
  for (const d of drafts) tidyPerson(d.cells.owner);
  for (const l of logs) tidyPerson(l.cells.author);
}

// One name or email without a separator (nearly every cell of a big sheet) is left as it is.
const tidyPerson = (cell: { text: string } | undefined) => {
  if (cell && /[,;\n]/.test(cell.text)) cell.text = splitPeople(cell.text).join('\n');
};

const SCIENTIFIC = /^-?\d(?:[.,]\d+)?E\+?\d+$/i;

/**
 * Ids Excel turned into numbers (`1.23E+11`) are kept as written, but digits are lost that way:
 * two ids may now be one. Said once per file, with the rows.
 */
export function warnScientificIds(file: string, drafts: readonly Draft[], problems: Problem[]): void {
  const hits: { row: number; cell: { text: string; column: string } }[] = [];
  for (const d of drafts) for (const cell of [d.cells.rowId, d.cells.parent]) if (cell && SCIENTIFIC.test(cell.text)) hits.push({ row: d.row, cell });
  const first = hits[0];
  if (!first) return;
  const rows = [...new Set(hits.map((h) => h.row))];
  problems.push({ file, row: first.row, column: first.cell.column, severity: 'warning',
    message: `ids such as ${JSON.stringify(first.cell.text)} (rows ${rows.join(', ')}) are numbers Excel wrote in scientific notation: kept as text, but digits were lost and two ids may now collide; format the id column as text before saving` });
}
