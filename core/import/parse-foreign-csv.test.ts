import { describe, expect, it } from 'vitest';
import { parseForeignCsv } from './parse-foreign-csv.ts';

describe('parseForeignCsv line ends', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('finds the rows of a %s file', (_name, newline) => {
    const text = ['Objective,Key Result,Target', 'Grow,Revenue,10', 'Grow,Margin,20', ''].join(newline);
    expect(parseForeignCsv(text, 'x.csv')).toMatchObject({ rows: [['Objective', 'Key Result', 'Target'], ['Grow', 'Revenue', '10'], ['Grow', 'Margin', '20']], delimiter: ',', problems: [] });
  });

  it('takes the line end between rows, not a different one inside a quoted cell', () => {
    // An LF file (git-normalised) whose cell kept a CRLF inside quotes, and the reverse.
    expect(parseForeignCsv('Objective,Key Result,Target\n"Grow\r\nfast",Revenue,10\n', 'x.csv').rows).toEqual([['Objective', 'Key Result', 'Target'], ['Grow\r\nfast', 'Revenue', '10']]);
    expect(parseForeignCsv('Objective,Key Result,Target\r\n"Grow\nfast",Revenue,10\r\n', 'x.csv').rows).toEqual([['Objective', 'Key Result', 'Target'], ['Grow\nfast', 'Revenue', '10']]);
  });

  it('still finds the line end when a stray quote hides every break from the quote-aware scan', () => {
    const r = parseForeignCsv('Objective,Key Result,Screen size"\nGrow,Revenue,10\n', 'x.csv');
    expect(r.rows[1]).toEqual(['Grow', 'Revenue', '10']);
  });
});

describe('blank rows', () => {
  it('keeps blank rows between rows, so row numbers stay the sheet\'s, and drops them before the header and at the end', () => {
    const { rows } = parseForeignCsv('\n,,\nA,B,C\n1,2,3\n,,\n\n4,5,6\n,,\n\n', 'f.csv');
    expect(rows.map((r) => r.join('|'))).toEqual(['A|B|C', '1|2|3', '||', '', '4|5|6']);
  });
});
