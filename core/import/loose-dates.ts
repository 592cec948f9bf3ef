// Dates as spreadsheets and trackers write them. Whether 05/10/2026 is 5 October or May 10 is
// decided once per file, from all its dates: one first part above 12 proves day-first.

export type DayOrder = 'dmy' | 'mdy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;

/** Day-first when any slashed date of the file starts above 12, else month-first (US). */
export function dayOrderOf(texts: Iterable<string>): DayOrder {
  for (const t of texts) {
    const m = SLASHED.exec(t.trim().split(/\s+/)[0] ?? '');
    if (m && Number(m[1]) > 12) return 'dmy';
  }
  return 'mdy';
}

/** A month from its English name or first three letters (`Oct`, `October`, `Sept`). */
export function monthOf(name: string): number | undefined {
  const i = MONTHS.indexOf(name.trim().slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  const ok = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return ok ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

// `3:04 PM`, `15:04`, `00:00:00`: hours and minutes, or undefined when there is no time.
function timeOf(text: string | undefined): [number, number] | undefined | null {
  if (!text) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AP]M)?$/i.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const pm = m[4]?.toUpperCase();
  if (pm && (h < 1 || h > 12)) return null;
  if (pm === 'PM' && h < 12) h += 12;
  if (pm === 'AM' && h === 12) h = 0;
  return h < 24 && Number(m[2]) < 60 ? [h, Number(m[2])] : null;
}

/**
 * A date read in the file's day order: ISO (`2026-10-05`, with a time or not), `D/M/YYYY` or
 * `M/D/YYYY`, `30.09.2026`, Jira's `05/Oct/26 3:04 PM`, `5 Oct 2026`, `Oct 5, 2026`, and an Excel
 * serial number (46300) when `serials` is true. The answer is `YYYY-MM-DD`, or an ISO date-time in
 * UTC when the cell had a time of day (a file names no time zone; UTC is the one we can repeat).
 * `year` completes a date written without one (`5 Oct`).
 */
export function parseDateAs(text: string, order: DayOrder, options: { serials?: boolean; year?: number } = {}): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  if (options.serials && /^\d{5}(\.\d+)?$/.test(t)) {
    const days = Number(t);
    if (days < 20_000 || days > 80_000) return undefined;
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(days) * 86_400_000).toISOString().slice(0, 10);
  }
  const [datePart = '', ...rest] = t.replace(/,/g, ' ').split(/\s+/);
  let y: number | undefined, m: number | undefined, d: number | undefined, timeText = rest.join(' ');
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(datePart))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = SLASHED.exec(datePart))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    [d, m] = order === 'dmy' ? [a, b] : [b, a];
    y = fullYear(Number(match[3]));
  } else if ((match = /^(\d{1,2})[/-]([A-Za-z]{3,9})[/-](\d{2}|\d{4})$/.exec(datePart))) {
    [d, m, y] = [Number(match[1]), monthOf(match[2]!), fullYear(Number(match[3]))];
  } else {
    // Words: `5 Oct 2026`, `Oct 5 2026`, `5 Oct` (the year given by the caller).
    const words = t.replace(/,/g, ' ').split(/\s+/);
    const dayFirst = /^(\d{1,2})$/.test(words[0] ?? '') && monthOf(words[1] ?? '') !== undefined && /^[A-Za-z]+$/.test(words[1] ?? '');
    const monthFirst = /^[A-Za-z]+$/.test(words[0] ?? '') && monthOf(words[0] ?? '') !== undefined && /^(\d{1,2})$/.test(words[1] ?? '');
    if (!dayFirst && !monthFirst) return undefined;
    [d, m] = dayFirst ? [Number(words[0]), monthOf(words[1]!)] : [Number(words[1]), monthOf(words[0]!)];
    const yearWord = words[2];
    y = yearWord && /^\d{4}$/.test(yearWord) ? Number(yearWord) : options.year;
    timeText = words.slice(yearWord && /^\d{4}$/.test(yearWord) ? 3 : 2).join(' ');
  }
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = isoDate(y, m, d);
  const time = timeOf(timeText);
  if (!date || time === null) return undefined;
  if (!time || (time[0] === 0 && time[1] === 0)) return date;
  return `${date}T${pad(time[0])}:${pad(time[1])}:00.000Z`;
}
