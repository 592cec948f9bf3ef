import { addDays, localDate } from './dates.ts';

/**
 * The calendar day (in the workspace's zone) from which the next check-in is due: `cadenceDays`
 * after the day of the last one. Days, not hours: a weekly check-in made at 17:00 on a Monday is
 * due again on the next Monday morning, not at 17:00.
 */
export const nextCheckInDay = (lastTime: string, cadenceDays: number, timeZone: string): string =>
  addDays(localDate(new Date(lastTime), timeZone), cadenceDays);

/** Whether a check-in is due at `now`: never checked in, or the next check-in day has come. */
export function checkInDue(lastTime: string | undefined, cadenceDays: number, now: Date, timeZone: string): boolean {
  if (lastTime === undefined) return true;
  return localDate(now, timeZone) >= nextCheckInDay(lastTime, cadenceDays, timeZone);
}
