import type { Period } from '../model/records.ts';
import { addDays, daysBetween } from './dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Calendar year `year` as a period, id `2026`, name `2026`. */
export function yearPeriod(year: number, updatedAt: string): Period {
  return { id: String(year), name: String(year), start: `${year}-01-01`, end: `${year}-12-31`, updatedAt };
}

/** Quarter `q` (1–4) of `year`, id `2026-q4`, name `2026 Q4`, inside the year period. */
export function quarterPeriod(year: number, q: number, updatedAt: string): Period {
  if (!Number.isInteger(q) || q < 1 || q > 4) throw new RangeError(`quarter must be 1–4, got ${q}`);
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    id: `${year}-q${q}`,
    name: `${year} Q${q}`,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
    parentId: String(year),
    updatedAt,
  };
}

/** The year and its four quarters. */
export function periodsForYear(year: number, updatedAt: string): Period[] {
  return [yearPeriod(year, updatedAt), ...[1, 2, 3, 4].map((q) => quarterPeriod(year, q, updatedAt))];
}

export function customPeriod(id: string, name: string, start: string, end: string, updatedAt: string): Period {
  if (start > end) throw new RangeError(`period ${name} ends (${end}) before it starts (${start})`);
  return { id, name, start, end, updatedAt };
}

export const periodLengthDays = (p: Period) => daysBetween(p.start, p.end) + 1;

export const periodContains = (p: Period, date: string) => p.start <= date && date <= p.end;

/** The shortest period containing `date` (a quarter before its year), or undefined. */
export function currentPeriod(periods: readonly Period[], date: string): Period | undefined {
  return periods
    .filter((p) => periodContains(p, date))
    .sort((a, b) => periodLengthDays(a) - periodLengthDays(b) || a.id.localeCompare(b.id))[0];
}

// A known period follows another only when its length is similar: the year 2027 starts the day
// after 2026 Q4 ends, but it is not the quarter after it.
const similarLength = (a: number, b: number) => Math.abs(a - b) <= Math.max(3, Math.round(b * 0.1));

/** The name of the period after a custom one: the next sprint or half, else the old name with its new start. */
function nextCustomName(name: string, nextStart: string): string {
  const half = /^(\d{4}) H([12])$/.exec(name);
  if (half) return half[2] === '1' ? `${half[1]} H2` : `${Number(half[1]) + 1} H1`;
  const numbered = /^(.*\p{L}\s+)(\d{1,3})$/u.exec(name);
  if (numbered) return `${numbered[1]}${Number(numbered[2]) + 1}`;
  return `${name.replace(/ \(from \d{4}-\d{2}-\d{2}\)$/, '')} (from ${nextStart})`;
}

/**
 * The period that follows `period`: a known one starting the next day with a similar length, or
 * a generated quarter or year, or a custom period of the same length whose id is the old id
 * (without an earlier start-date suffix) plus its start date, so a chain never grows `-next-next`.
 */
export function nextPeriod(periods: readonly Period[], period: Period, updatedAt: string): Period {
  const nextStart = addDays(period.end, 1);
  const length = periodLengthDays(period);
  const known = periods
    .filter((p) => p.start === nextStart && similarLength(periodLengthDays(p), length))
    .sort((a, b) => Math.abs(periodLengthDays(a) - length) - Math.abs(periodLengthDays(b) - length) || a.id.localeCompare(b.id))[0];
  if (known) return known;
  const quarter = /^(\d{4})-q([1-4])$/.exec(period.id);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return q === 4 ? quarterPeriod(year + 1, 1, updatedAt) : quarterPeriod(year, q + 1, updatedAt);
  }
  if (/^\d{4}$/.test(period.id)) return yearPeriod(Number(period.id) + 1, updatedAt);
  const end = addDays(nextStart, length - 1);
  const id = `${period.id.replace(/-\d{4}-\d{2}-\d{2}$/, '')}-${nextStart}`;
  return customPeriod(id, nextCustomName(period.name, nextStart), nextStart, end, updatedAt);
}
