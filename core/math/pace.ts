import type { Period } from '../model/records.ts';
import { addDays, dayStartMs } from './dates.ts';

/** Share of the period elapsed at `now` (0 before it starts, 1 after its last day): the linear pace. */
export function expectedProgress(period: Pick<Period, 'start' | 'end'>, now: Date): number {
  const start = dayStartMs(period.start);
  const end = dayStartMs(addDays(period.end, 1));
  const share = (now.getTime() - start) / (end - start);
  return Math.min(1, Math.max(0, share));
}
