import { addDays } from '../../math/dates.ts';
import { parseDateAs, type DayOrder } from '../loose-dates.ts';

/** The dates a period covers, to place `Week 3` or `5 Oct` in it. */
export type Span = { start: string; end: string };
/** A header that names a week or a day: gives that day (`YYYY-MM-DD`) within a row's period. */
export type HistoryColumn = { index: number; header: string; dayIn: (span: Span | undefined) => string | undefined };

// Monday of ISO week `week` of `year`: week 1 holds 4 January.
function isoWeekMonday(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = Date.UTC(year, 0, 4) - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday1 + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * One column per week or date (`2026-10-05`, `10/5/2026`, `5 Oct`, `Week 1`, `W40`). `Week N` is
 * the Nth week from the first day of the row's period; `W40` is ISO week 40 of the period's year,
 * dated its Monday; a day without a year takes the period's year.
 */
export function dayOfHeader(header: string, order: DayOrder): HistoryColumn['dayIn'] | undefined {
  const h = header.trim();
  const full = /\d{4}/.test(h) && !/^\d{4}$/.test(h) ? parseDateAs(h, order) : undefined;
  if (full) return () => full.slice(0, 10);
  const nth = /^(?:week|wk)\s*#?\s*(\d{1,2})$/i.exec(h);
  if (nth) return (span) => (span ? addDays(span.start, (Number(nth[1]) - 1) * 7) : undefined);
  const iso = /^(?:(\d{4})[-\s]?)?c?w\s?(\d{1,2})$/i.exec(h);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 53) return (span) => {
    const year = iso[1] ? Number(iso[1]) : span ? Number(span.start.slice(0, 4)) : undefined;
    return year ? isoWeekMonday(year, Number(iso[2])) : undefined;
  };
  if (/^\d{1,2}\s+[A-Za-z]{3,9}\.?$|^[A-Za-z]{3,9}\.?\s+\d{1,2}$/.test(h) && parseDateAs(h.replace('.', ''), order, { year: 2000 })) return (span) => {
    if (!span) return undefined;
    // The year of the period's start, or of its end when the day falls before the start (Dec → Jan).
    const [a, b] = [Number(span.start.slice(0, 4)), Number(span.end.slice(0, 4))];
    const first = parseDateAs(h.replace('.', ''), order, { year: a });
    return first && first < span.start && b !== a ? parseDateAs(h.replace('.', ''), order, { year: b }) : first;
  };
  return undefined;
}

/** The columns of a header that name weeks or days; two or more make a history. */
export function historyColumns(header: readonly string[], order: DayOrder): HistoryColumn[] {
  return header.flatMap((h, index) => {
    const dayIn = dayOfHeader(h, order);
    return dayIn ? [{ index, header: h, dayIn }] : [];
  });
}
