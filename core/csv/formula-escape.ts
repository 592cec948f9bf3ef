// Spreadsheet formula injection: a cell that starts with = + - @ tab or CR may run as a formula
// when opened. We prefix such cells with a single quote on export. To make that reversible, a
// cell that already starts with a quote gets one too, and our own import strips exactly one
// leading quote from any cell that starts with one. So `-5%` → `'-5%` → `-5%`, and
// `'quoted` → `''quoted` → `'quoted`. (papaparse's escapeFormulae is off: it misses values
// with line breaks and is not reversible.)

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

export function escapeFormula(cell: string): string {
  return cell.length > 0 && TRIGGERS.has(cell[0]!) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
