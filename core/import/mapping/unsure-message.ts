import type { ColumnMapping, ColumnRole } from './column-mapping.ts';

const roleName = (c: ColumnRole) => (c.role === 'level' ? `level ${c.depth ?? 0}` : c.role);
const columnName = (c: ColumnRole) => `"${c.header || `column ${c.index + 1}`}"`;

/**
 * Why a file was not imported and what would fix it: the columns not placed (with what their
 * values looked like), the guesses for the rest, and the mapping to edit.
 */
export function unsureMessage(mapping: ColumnMapping, unsure: readonly ColumnRole[], unknownTypes: readonly string[], layoutFound: boolean): string {
  const placed = mapping.columns.filter((c) => !unsure.includes(c) && c.role !== 'ignore');
  const parts = [
    unsure.length ? `could not place ${unsure.map((c) => `${columnName(c)} (${c.why}${c.guess ? `; perhaps ${c.guess}` : ''})`).join(', ')}` : '',
    unknownTypes.length ? `could not tell which item ${unknownTypes.map((v) => JSON.stringify(v)).join(', ')} ${unknownTypes.length === 1 ? 'is' : 'are'} (add ${unknownTypes.length === 1 ? 'it' : 'them'} to "rowTypes")` : '',
    layoutFound ? '' : 'could not tell the layout from these columns (it needs e.g. Objective + Key Result, Type + Title + Parent, Row ID + Parent, Order, or Main / L1 / L2)',
    placed.length ? `guessed ${placed.map((c) => `${columnName(c)} → ${roleName(c)}`).join(', ')}` : 'placed no column',
  ].filter(Boolean);
  return `${parts.join('; ')}. Nothing was imported: set the roles in the Columns step of the import, or in a mapping given to okr import --map mapping.json (--dry-run --json prints one)`;
}
