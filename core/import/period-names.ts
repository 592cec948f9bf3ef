import { quarterPeriod, yearPeriod } from '../math/periods.ts';
import type { Period } from '../model/records.ts';

/**
 * A period from how spreadsheets name it: `2026 Q3`, `Q3 2026`, `Q3 Y2026`, `Q3/2026`, `2026-Q3`,
 * `FY2026`, `2026`, `H1 2026`. Undefined when the name does not say which dates it covers.
 */
export function periodFromName(name: string, updatedAt: string): Period | undefined {
  const n = name.trim().toUpperCase().replace(/\s+/g, ' ');
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

/** The key two period names share when they mean the same period (`Q3 2026` ~ `2026 Q3`). */
export function periodNameKey(name: string): string {
  return periodFromName(name, '1970-01-01T00:00:00.000Z')?.id ?? name.trim().toLowerCase();
}
