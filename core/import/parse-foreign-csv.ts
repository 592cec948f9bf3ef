import Papa from 'papaparse';
import type { Problem } from './problems.ts';
import { newlineOutsideQuotes, withoutBom, type Newline } from '../csv/csv-text.ts';

export type Delimiter = ',' | ';' | '\t';
export type ForeignTable = { rows: string[][]; delimiter: Delimiter; decimalComma: boolean; problems: Problem[] };

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

// The break between rows, not one inside a quoted cell; a stray quote can hide every break from
// that scan, and then any line end in the text will do.
function newlineOf(text: string): Newline {
  return newlineOutsideQuotes(text) ?? (text.includes('\r\n') ? '\r\n' : text.includes('\n') || !text.includes('\r') ? '\n' : '\r');
}

/**
 * How well `delimiter` explains the first rows: the number of rows sharing the most common
 * width, when that width is above one. Quote-aware, unlike papaparse's own guess.
 */
function score(text: string, delimiter: Delimiter, newline: Newline): number {
  const { data } = Papa.parse<string[]>(text, { delimiter, newline, preview: 30, skipEmptyLines: true });
  const widths = new Map<number, number>();
  for (const r of data) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const [width, count] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  return width > 1 ? count * 1000 + width : 0;
}

/** Parses a spreadsheet export whose delimiter we must find: comma, semicolon or tab; BOM; CR, LF or CRLF. */
export function parseForeignCsv(text: string, file: string): ForeignTable {
  const body = withoutBom(text);
  const newline = newlineOf(body);
  // The first 64 kB hold far more than the 30 rows scored: papaparse would scan all of a big text.
  const sample = body.slice(0, 65_536);
  const delimiter = CANDIDATES.map((d) => [d, score(sample, d, newline)] as const).sort((a, b) => b[1] - a[1])[0]![0];
  // Blank rows are kept (the readers skip them) so that row numbers in problems are the sheet's:
  // people separate groups with empty rows. Only blank rows before the header and after the last row are dropped.
  const result = Papa.parse<string[]>(body, { delimiter, newline, skipEmptyLines: false, dynamicTyping: false });
  const blank = (r: readonly string[] | undefined) => r !== undefined && r.every((c) => c.trim() === '');
  while (blank(result.data[result.data.length - 1])) result.data.pop();
  // Empty lines above the header are no rows of the sheet's table (as before): the header comes first.
  let lead = 0;
  while (blank(result.data[lead])) lead++;
  if (lead > 0) result.data.splice(0, lead);
  const problems: Problem[] = result.errors.map((e) => ({
    file, row: (e.row ?? 0) + 1, severity: 'error',
    message: e.code === 'MissingQuotes' ? 'a quoted cell is never closed (unbalanced ")' : e.code === 'InvalidQuotes' ? 'a quote in the middle of an unquoted cell' : e.message,
  }));
  // Cells are trimmed where they are read (cellsOf), not here: a copy of every row costs more.
  return { rows: result.data, delimiter, decimalComma: delimiter === ';', problems };
}

export const delimiterName = (d: Delimiter) => NAMES[d];
