import { readOwnCsv } from '../csv/csv-text.ts';
import { KPI_SIGNATURE } from '../csv/kpi-columns.ts';
import { unescapeFormula } from '../csv/formula-escape.ts';
import { parseForeignCsv, type Delimiter } from './parse-foreign-csv.ts';
import type { Problem } from './problems.ts';

export type Table = { header: string[]; body: string[][]; delimiter: Delimiter; decimalComma: boolean; ours: boolean; problems: Problem[] };

const OUR_HEADERS = [['id', 'type', 'parent ids', 'title'], ['id', 'target id', 'time'], KPI_SIGNATURE];
const isOurs = (header: readonly string[] = []) => {
  const set = new Set(header.map((h) => h.trim().toLowerCase()));
  return OUR_HEADERS.some((names) => names.every((n) => set.has(n)));
};

/**
 * Our own files are read with the delimiter and newline fixed, never guessed. Anything else,
 * or one of ours re-saved by a spreadsheet with other separators, goes through detection;
 * formula escapes are undone only in our own files.
 */
export function readTable(text: string, file: string): Table {
  // Look at the header alone first: parsing a big foreign file twice would double the cost.
  // (papaparse walks the whole text even for one row, so it gets only the start.)
  const own = isOurs(readOwnCsv(text.slice(0, 65_536), 1).rows[0]) ? readOwnCsv(text) : undefined;
  if (own && own.errors.length === 0) {
    const [header = [], ...body] = own.rows;
    return { header, body, delimiter: ',', decimalComma: false, ours: true, problems: [] };
  }
  const foreign = parseForeignCsv(text, file);
  const [rawHeader = [], ...body] = foreign.rows;
  const header = rawHeader.map((h) => h.trim());
  const ours = isOurs(header);
  return { header, body: ours ? body.map((r) => r.map(unescapeFormula)) : body, delimiter: foreign.delimiter, decimalComma: foreign.decimalComma, ours, problems: foreign.problems };
}
