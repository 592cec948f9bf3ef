import type { Period } from '../model/records.ts';
import { addDays, dayStartMs, wallClockMs } from './dates.ts';

/**
 * Share of the period elapsed at `now` in the workspace's `timeZone` (0 before its first day
 * starts there, 1 once its last day has ended there): the linear pace. Measured on the wall
 * clock, so the pace agrees with the calendar day the person sees and with the current period.
 */
export function expectedProgress(period: Pick<Period, 'start' | 'end'>, now: Date, timeZone: string): number {
  const start = dayStartMs(period.start);
  const end = dayStartMs(addDays(period.end, 1));
  const share = (wallClockMs(now, timeZone) - start) / (end - start);
  return Math.min(1, Math.max(0, share));
}
