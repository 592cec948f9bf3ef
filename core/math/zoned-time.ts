import { addDays, localDate, wallClockMs } from './dates.ts';

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time` ('YYYY-MM-DD', 'HH:MM').
 * A time skipped by a daylight-saving jump is moved forward by the jump (02:30 → 03:30); a time
 * that happens twice is its first occurrence.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  // The zone's offset near the wanted time, read twice: the second read settles a DST boundary.
  const offsetAt = (ms: number) => wallClockMs(new Date(ms), timeZone) - ms;
  const candidates = [...new Set([wanted - offsetAt(wanted), wanted - offsetAt(wanted - offsetAt(wanted))])].sort((a, b) => a - b);
  const exact = candidates.find((ms) => wallClockMs(new Date(ms), timeZone) === wanted);
  return new Date(exact ?? candidates.at(-1)!);
}

/**
 * The first reminder after `now`: `time` in `timeZone` on `fromDay` or later (today when not
 * given). Today's reminder still counts when it has not struck yet.
 */
export function nextReminderAt(now: Date, time: string, timeZone: string, fromDay?: string): Date {
  const today = localDate(now, timeZone);
  let day = fromDay && fromDay > today ? fromDay : today;
  for (;;) {
    const at = zonedInstant(day, time, timeZone);
    if (at.getTime() > now.getTime()) return at;
    day = addDays(day, 1);
  }
}
