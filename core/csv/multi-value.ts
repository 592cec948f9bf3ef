// Several values in one canonical cell: joined with "; ". A value's own ";" or "\" is escaped
// with a backslash, so any text survives the round trip.

export function joinValues(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\;]/g, (c) => `\\${c}`)).join('; ');
}

export function splitValues(cell: string): string[] {
  if (cell === '') return [];
  // Most cells hold one plain value: no need to rebuild it a character at a time.
  if (!cell.includes(';') && !cell.includes('\\')) return [cell];
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (ch === ';') {
      values.push(current);
      current = '';
      if (cell[i + 1] === ' ') i++;
    } else current += ch;
  }
  values.push(current);
  return values;
}
