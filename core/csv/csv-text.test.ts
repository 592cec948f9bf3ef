import { describe, expect, it } from 'vitest';
import { readOwnCsv, writeCsv } from './csv-text.ts';

// Our files are written with CRLF, but git's line-ending normalisation or an editor turns them
// into LF (or, rarely, CR): the reader must find the rows in all three.
const HEADER = ['id', 'title', 'note'];
const ROWS = [['a', 'Grow "ARR", fast', 'plain'], ['b', 'x;y', '-5%']];
const rowsOf = (text: string) => readOwnCsv(text).rows;

describe('readOwnCsv line ends', () => {
  const crlf = writeCsv(HEADER, ROWS);

  it('writes CRLF', () => {
    expect(crlf).toBe('id,title,note\r\na,"Grow ""ARR"", fast",plain\r\nb,x;y,\'-5%\r\n');
  });

  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s files as the CRLF file', (_name, newline) => {
    const text = crlf.replaceAll('\r\n', newline);
    expect(rowsOf(text)).toEqual([HEADER, ...ROWS]);
    expect(readOwnCsv(text).errors).toEqual([]);
  });

  it('reads a file without a final line end, in each form', () => {
    for (const newline of ['\r\n', '\n', '\r']) expect(rowsOf(crlf.slice(0, -2).replaceAll('\r\n', newline))).toEqual([HEADER, ...ROWS]);
  });

  it('keeps a quoted line break as written, whatever the file uses between rows', () => {
    // Inside quotes a line break is data: LF in an LF file, and LF or CRLF in a CRLF file.
    expect(rowsOf('id,title,note\n1,"line one\nline two",x\n')).toEqual([HEADER, ['1', 'line one\nline two', 'x']]);
    expect(rowsOf('id,title,note\r\n1,"line one\nline two",x\r\n2,"line one\r\nline two",y\r\n')).toEqual([
      HEADER, ['1', 'line one\nline two', 'x'], ['2', 'line one\r\nline two', 'y'],
    ]);
    expect(rowsOf('id,title,note\r1,"line one\nline two",x\r')).toEqual([HEADER, ['1', 'line one\nline two', 'x']]);
  });

  it('takes the line end between rows, not one inside a quoted first cell', () => {
    // A quoted CRLF before the first row break must not make an LF file look like CRLF.
    expect(rowsOf('"id","title\r\nsecond",note\n1,b,c\n')).toEqual([['id', 'title\r\nsecond', 'note'], ['1', 'b', 'c']]);
    expect(rowsOf('"id","title\nsecond",note\r\n1,b,c\r\n')).toEqual([['id', 'title\nsecond', 'note'], ['1', 'b', 'c']]);
  });

  it('keeps the delimiter a comma in LF files, even with quoted ";" everywhere', () => {
    const text = 'id,title,note\n1,"a;b;c","d;e"\n2,"f;g","h;i"\n';
    expect(rowsOf(text)).toEqual([HEADER, ['1', 'a;b;c', 'd;e'], ['2', 'f;g', 'h;i']]);
  });

  it('reads only the header when asked for one row, in each form', () => {
    for (const newline of ['\r\n', '\n', '\r']) expect(readOwnCsv(crlf.replaceAll('\r\n', newline), 1).rows).toEqual([HEADER]);
  });
});
