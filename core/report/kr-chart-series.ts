import { addDays, dayStartMs, wallClockMs } from '../math/dates.ts';
import type { CheckIn, KeyResult, Period } from '../model/records.ts';

/** `x` is wall-clock milliseconds in the workspace's zone on a UTC calendar (see `wallClockMs`), so a label is `new Date(x)` read in UTC. */
export type ChartPoint = { x: number; y: number };
export type KrChartSeries = { actual: ChartPoint[]; pace: ChartPoint[] };

/** Where a key result is expected to be as the period runs, when its kind says (undefined: no line can be drawn). */
function paceEnds(kr: Pick<KeyResult, 'kind' | 'start' | 'target'>): [from: number, to: number] | undefined {
  switch (kr.kind) {
    case 'milestone': return [0, 100];
    case 'binary': return [0, 1];
    // A guard has no pace: the line is the bound it must stay on the right side of.
    case 'stay-above':
    case 'stay-below': return kr.target === undefined ? undefined : [kr.target, kr.target];
    default: return kr.start === undefined || kr.target === undefined ? undefined : [kr.start, kr.target];
  }
}

/**
 * A key result's values over its period against the expected pace line (linear from the start
 * value on the first day to the target when the last day ends), in the workspace's zone: the
 * same pace as `expectedProgress`. Check-ins without a value are left out; order is by time.
 */
export function krChartSeries(kr: Pick<KeyResult, 'kind' | 'start' | 'target'>, period: Pick<Period, 'start' | 'end'>, checkIns: readonly CheckIn[], timeZone: string): KrChartSeries {
  const actual = checkIns
    .filter((c): c is CheckIn & { value: number } => c.value !== undefined)
    .map((c) => ({ x: wallClockMs(new Date(c.time), timeZone), y: c.value }))
    .sort((a, b) => a.x - b.x);
  const ends = paceEnds(kr);
  const pace = ends ? [{ x: dayStartMs(period.start), y: ends[0] }, { x: dayStartMs(addDays(period.end, 1)), y: ends[1] }] : [];
  return { actual, pace };
}

/** The pace line's value at `x` (undefined without a line or outside the period). */
export function paceAt(pace: readonly ChartPoint[], x: number): number | undefined {
  const [a, b] = pace;
  if (!a || !b || x < a.x || x > b.x) return undefined;
  return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

/** A chart point's day as people read it: `2026-11-20`. */
export const chartDay = (x: number): string => new Date(x).toISOString().slice(0, 10);
