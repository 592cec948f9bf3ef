import { quarterPeriod, yearPeriod } from '../math/periods.ts';
import type { Period } from '../model/records.ts';
import { monthOf } from './loose-dates.ts';

/**
 * A period from how spreadsheets name it: `2026 Q3`, `Q3 2026`, `Q3 Y2026`, `Q3/2026`, `2026-Q3`,
 * `FY2026`, `FY27 Q1`, `2026`, `H1 2026`, and quarters or halves written with their months
 * (`Oct–Dec 2026`, `Jul-Sep 26`). A fiscal year is read as the calendar year it names.
 * Undefined when the name does not say which dates it covers.
 */
export function periodFromName(name: string, updatedAt: string): Period | undefined {
  const n = name.trim().toUpperCase().replace(/\s+/g, ' ').replace(/\bFY ?(\d{2})\b/, 'FY20$1');
  const months = /^([A-Z]{3,9})\.? ?[–—-] ?([A-Z]{3,9})\.? ?'?(\d{2}|\d{4})$/.exec(n);
  if (months) return periodOfMonths(monthOf(months[1]!), monthOf(months[2]!), Number(months[3]!.length === 2 ? `20${months[3]}` : months[3]), updatedAt);
  const quarter = /^(?:FY ?|Y)?(\d{4})[ \-/]?Q([1-4])$/.exec(n) ?? /^Q([1-4])[ \-/]?(?:FY ?|Y)?(\d{4})$/.exec(n);
  if (quarter) {
    const [a = '', b = ''] = [quarter[1], quarter[2]];
    const [year, q] = a.length === 4 ? [Number(a), Number(b)] : [Number(b), Number(a)];
    return quarterPeriod(year, q, updatedAt);
  }
  const half = /^(?:H([12])[ \-/]?(?:FY ?|Y)?(\d{4})|(?:FY ?|Y)?(\d{4})[ \-/]?H([12]))$/.exec(n);
  if (half) {
    const h = Number(half[1] ?? half[4]);
    const year = Number(half[2] ?? half[3]);
    return h === 1
      ? { id: `${year}-h1`, name: `${year} H1`, start: `${year}-01-01`, end: `${year}-06-30`, parentId: String(year), updatedAt }
      : { id: `${year}-h2`, name: `${year} H2`, start: `${year}-07-01`, end: `${year}-12-31`, parentId: String(year), updatedAt };
  }
  const year = /^(?:FY ?|Y)?(\d{4})$/.exec(n);
  if (year) return yearPeriod(Number(year[1]), updatedAt);
  return undefined;
}

// Three months that make a quarter, six a half, twelve the year; any other span is no period we name.
function periodOfMonths(first: number | undefined, last: number | undefined, year: number, updatedAt: string): Period | undefined {
  if (first === undefined || last === undefined) return undefined;
  if (last - first === 2 && first % 3 === 1) return quarterPeriod(year, (first + 2) / 3, updatedAt);
  if (last - first === 5 && first % 6 === 1) return periodFromName(`H${(first + 5) / 6} ${year}`, updatedAt);
  if (first === 1 && last === 12) return yearPeriod(year, updatedAt);
  return undefined;
}

/** The key two period names share when they mean the same period (`Q3 2026` ~ `2026 Q3`). */
export function periodNameKey(name: string): string {
  return periodFromName(name, '1970-01-01T00:00:00.000Z')?.id ?? name.trim().toLowerCase();
}
