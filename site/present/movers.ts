import { latestValueCheckIn, progressOfValue } from '../../core/math/progress.ts';
import type { CheckIn, KeyResult } from '../../core/model/records.ts';

/** How far back "since the last review" reaches: the weekly review rhythm the extension uses. */
export const REVIEW_WINDOW_MS = 7 * 86_400_000;

export type Mover = { keyResult: KeyResult; before: number; after: number; change: number };

const progressAt = (kr: KeyResult, timed: readonly { c: CheckIn; t: number }[], until: number): number | undefined => {
  const value = latestValueCheckIn(timed.filter(({ t }) => t <= until).map(({ c }) => c))?.value;
  return value === undefined ? undefined : progressOfValue(kr, value);
};

/**
 * The biggest movers since the last review: key results whose progress changed most (either
 * way) between `now` minus 7 days and `now`, largest change first, ties by title. A key result
 * with no measured progress at either end is left out: there is nothing to compare.
 */
export function biggestMovers(items: readonly { keyResult: KeyResult; checkIns: readonly CheckIn[] }[], now: Date, limit = 5): Mover[] {
  const movers: Mover[] = [];
  for (const { keyResult, checkIns } of items) {
    const timed = checkIns.map((c) => ({ c, t: Date.parse(c.time) }));
    const before = progressAt(keyResult, timed, now.getTime() - REVIEW_WINDOW_MS);
    const after = progressAt(keyResult, timed, now.getTime());
    if (before === undefined || after === undefined || before === after) continue;
    movers.push({ keyResult, before, after, change: after - before });
  }
  return movers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.keyResult.title.localeCompare(b.keyResult.title)).slice(0, limit);
}

/** A change in percentage points as people read it: "+12 pts", "−3 pts". */
export const pointsText = (change: number): string => {
  const pts = Math.round(change * 100);
  return `${pts > 0 ? '+' : pts < 0 ? '−' : '±'}${Math.abs(pts)} pts`;
};
