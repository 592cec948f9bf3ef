import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOwnCsv, writeCsv } from './csv-text.ts';
import { escapeFormula, unescapeFormula } from './formula-escape.ts';

describe('formula escape', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-5%', "'-5%"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
    ["'quoted", "''quoted"],
    ['=HYPERLINK("x")\nsecond line', '\'=HYPERLINK("x")\nsecond line'],
    ['plain', 'plain'],
    ['', ''],
  ])('writes %j as %j', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
    expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
  });

  it('is reversible for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (cell) => {
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
    }));
  });

  it('protects cells in the written file, line breaks included, and restores them on our import', () => {
    const text = writeCsv(['a', 'b'], [['=1+1', '-5%'], ['=A1\nB', "'x"]]);
    expect(text).toBe('a,b\r\n\'=1+1,\'-5%\r\n"\'=A1\nB",\'\'x\r\n');
    expect(readOwnCsv(text).rows).toEqual([['a', 'b'], ['=1+1', '-5%'], ['=A1\nB', "'x"]]);
  });

  it('keeps a quoted ";" from changing how our files are read', () => {
    const text = writeCsv(['title', 'tags'], [['a;b;c', 'x; y'], ['d', 'e']]);
    expect(readOwnCsv(text).rows).toEqual([['title', 'tags'], ['a;b;c', 'x; y'], ['d', 'e']]);
  });
});
