import { parseLooseDate, parseLooseNumber, parseKind, parseStatus } from '../loose-values.ts';
import { periodFromName } from '../period-names.ts';
import { rowTypeOf } from './row-types.ts';

/** What a column's cells hold, as shares of its filled cells (0…1); `filled` counts them. */
export type ValueProfile = {
  filled: number; distinct: number; averageLength: number;
  numbers: number; percents: number; dates: number; emails: number; people: number; periods: number;
  itemTypes: number; statuses: number; kinds: number; outline: number; longText: number;
};

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
// `Maya Chen`, `Chen, Maya`, `María José García`: two to four capitalised words.
const PERSON = /^(\p{Lu}[\p{L}'’-]+)(,? \p{Lu}[\p{L}'’.-]*){1,3}$/u;
const OUTLINE = /^\d+(\.\d+)+\.?$/;
const EPOCH = '1970-01-01T00:00:00.000Z';

const every = (cell: string, test: (one: string) => boolean) => {
  const parts = cell.split(/\s*[;\n]\s*|,\s+(?=\S+@)/).filter(Boolean);
  return parts.length > 0 && parts.every(test);
};

/** Profiles at most `limit` filled cells of column `index`, so a big file costs no more than a small one. */
export function profileColumn(body: readonly (readonly string[])[], index: number, limit = 200): ValueProfile {
  const cells: string[] = [];
  for (const row of body) {
    const text = row[index]?.trim() ?? '';
    if (text) cells.push(text);
    if (cells.length >= limit) break;
  }
  const share = (test: (cell: string) => boolean) => (cells.length === 0 ? 0 : cells.filter(test).length / cells.length);
  return {
    filled: cells.length,
    distinct: new Set(cells.map((c) => c.toLowerCase())).size,
    averageLength: cells.length === 0 ? 0 : cells.reduce((n, c) => n + c.length, 0) / cells.length,
    numbers: share((c) => parseLooseNumber(c, false) !== undefined),
    percents: share((c) => /%\s*$/.test(c)),
    dates: share((c) => parseLooseDate(c) !== undefined),
    emails: share((c) => every(c, (p) => EMAIL.test(p))),
    people: share((c) => every(c, (p) => EMAIL.test(p) || PERSON.test(p))),
    // A bare year is a number as much as a period: the header has to say which.
    periods: share((c) => !/^\d+$/.test(c) && periodFromName(c, EPOCH) !== undefined),
    itemTypes: share((c) => rowTypeOf(c) !== undefined),
    statuses: share((c) => parseStatus(c) !== undefined),
    kinds: share((c) => parseKind(c) !== undefined),
    // Decimals are no outline: it needs a `1.2.1`, or whole numbers next to dotted ones.
    outline: cells.some((c) => /^\d+\.\d+\.\d+/.test(c)) || (cells.some((c) => /^\d+\.?$/.test(c)) && cells.some((c) => OUTLINE.test(c)))
      ? share((c) => /^[1-9]\d*(\.[1-9]\d*)*\.?$/.test(c)) : 0,
    longText: share((c) => c.length > 20 && /\s/.test(c)),
  };
}
