import type { CheckIn, KeyResult } from '../model/records.ts';

/** Where a key result stands: never checked in, not measurable, or measured at a check-in. */
export type KrProgress =
  | { state: 'pending' }
  | { state: 'no-target'; value: number; at: string }
  | { state: 'measured'; value: number; progress: number; at: string };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The check-in that sets a target's current value: the latest one carrying a value (ties by id). */
export function latestValueCheckIn(checkIns: readonly CheckIn[]): CheckIn | undefined {
  let latest: CheckIn | undefined;
  for (const c of checkIns) {
    if (c.value === undefined) continue;
    if (!latest || c.time > latest.time || (c.time === latest.time && c.id > latest.id)) latest = c;
  }
  return latest;
}

/**
 * Progress (0..1) that `value` represents for `kr`, or undefined when the KR lacks a target.
 * One formula serves increasing and decreasing metrics: (value − start) / (target − start).
 */
export function progressOfValue(kr: Pick<KeyResult, 'kind' | 'start' | 'target'>, value: number): number | undefined {
  switch (kr.kind) {
    case 'milestone':
      return clamp01(value / 100);
    case 'binary':
      return value >= 1 ? 1 : 0;
    case 'stay-above':
      return kr.target === undefined ? undefined : value >= kr.target ? 1 : 0;
    case 'stay-below':
      return kr.target === undefined ? undefined : value <= kr.target ? 1 : 0;
    case 'increase':
    case 'decrease': {
      if (kr.target === undefined) return undefined;
      const start = kr.start ?? 0;
      if (kr.target === start) return value === kr.target ? 1 : 0;
      return clamp01((value - start) / (kr.target - start));
    }
  }
}

/** Progress of `kr` from its check-ins (any order; only those targeting it should be passed). */
export function krProgress(kr: Pick<KeyResult, 'kind' | 'start' | 'target'>, checkIns: readonly CheckIn[]): KrProgress {
  const latest = latestValueCheckIn(checkIns);
  if (!latest || latest.value === undefined) return { state: 'pending' };
  const progress = progressOfValue(kr, latest.value);
  return progress === undefined
    ? { state: 'no-target', value: latest.value, at: latest.time }
    : { state: 'measured', value: latest.value, progress, at: latest.time };
}
