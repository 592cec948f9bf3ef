import Papa from 'papaparse';
import { escapeFormula, unescapeFormula } from './formula-escape.ts';

// Our own files are written with the delimiter and newline fixed, and read with the delimiter
// fixed: papaparse must never guess it (a quoted ";" once made it pick ";" and scramble a table).
const OURS = { delimiter: ',', newline: '\r\n' } as const;

export type Newline = '\r\n' | '\n' | '\r';

/**
 * The line end of the first row break outside quotes, or undefined when there is none. Git's
 * line-ending normalisation and editors turn our CRLF into LF (or CR), while a quoted cell may
 * hold another line break of its own, which is data, not a row break.
 */
export function newlineOutsideQuotes(text: string): Newline | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A doubled quote inside a quoted cell flips twice, so it leaves `quoted` as it was.
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) return '\n';
    else if (!quoted && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return undefined;
}

/** CSV text of a header and rows, formula-escaped, CRLF line ends, final line end. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escaped = rows.map((r) => r.map(escapeFormula));
  // quotes: a cell with a leading or trailing space is quoted too, so spreadsheets keep it.
  return `${Papa.unparse({ fields: [...header], data: escaped }, { ...OURS, quotes: false, escapeFormulae: false })}\r\n`;
}

/** The text without a leading UTF-8 byte-order mark (no copy when there is none). */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export type ParsedCsv = { rows: string[][]; errors: { row: number; message: string }[] };

/** Reads one of our own CSV files: fixed delimiter, the file's own line end (CRLF, LF or CR), one leading quote stripped. */
export function readOwnCsv(text: string, preview = 0): ParsedCsv {
  const body = withoutBom(text);
  const newline = newlineOutsideQuotes(body) ?? OURS.newline;
  const result = Papa.parse<string[]>(body, { delimiter: OURS.delimiter, newline, skipEmptyLines: false, dynamicTyping: false, preview });
  // In place: a copy of every row of a big file costs more than the parse.
  const rows = result.data;
  for (const row of rows) for (let i = 0; i < row.length; i++) if (row[i]!.startsWith("'")) row[i] = unescapeFormula(row[i]!);
  // A final line end yields one trailing row with a single empty cell: drop only that one.
  if (rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '' && body.endsWith(newline)) rows.pop();
  return { rows, errors: result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })) };
}
