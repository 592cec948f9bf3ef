import type { CheckIn, KeyResult } from '../model/records.ts';

/** Why a key result has no progress yet: never checked in, or it lacks what progress is measured against. */
export type PendingReason = 'no-check-in' | 'no-start' | 'no-target';

/**
 * Where a key result stands. Pending when it cannot be measured: never checked in, or a metric
 * without a start or a target (then the latest value is still known, to show beside the reason).
 */
export type KrProgress =
  | { state: 'pending'; reason: 'no-check-in'; value?: undefined; at?: undefined }
  | { state: 'pending'; reason: 'no-start' | 'no-target'; value?: number; at?: string }
  | { state: 'measured'; value: number; progress: number; at: string };

type Measurable = Pick<KeyResult, 'kind' | 'start' | 'target'>;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

// Compared as instants: `09:00:00-08:00` is later than `12:00:00Z`, whatever the text says.
const instant = (c: CheckIn) => Date.parse(c.time);

/** The check-in that sets a target's current value: the latest one carrying a value (ties by id). */
export function latestValueCheckIn(checkIns: readonly CheckIn[]): CheckIn | undefined {
  let latest: CheckIn | undefined;
  let latestAt = 0;
  for (const c of checkIns) {
    if (c.value === undefined) continue;
    const at = instant(c);
    if (!latest || at > latestAt || (at === latestAt && c.id > latest.id)) [latest, latestAt] = [c, at];
  }
  return latest;
}

/** What keeps `kr` from being measured whatever its value, or undefined when it is measurable. */
export function unmeasurableReason(kr: Measurable): 'no-start' | 'no-target' | undefined {
  // Measuring from an assumed 0 makes a decrease run backwards (target 2, value 5 → "done").
  if (kr.kind === 'increase' || kr.kind === 'decrease') return kr.start === undefined ? 'no-start' : kr.target === undefined ? 'no-target' : undefined;
  if (kr.kind === 'stay-above' || kr.kind === 'stay-below') return kr.target === undefined ? 'no-target' : undefined;
  return undefined;
}

/**
 * Progress (0..1) that `value` represents for `kr`, or undefined when the KR cannot be measured.
 * One formula serves increasing and decreasing metrics: (value − start) / (target − start). A
 * start equal to the target is a threshold: reached (1) or not (0), in the KR's direction.
 */
export function progressOfValue(kr: Measurable, value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
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
      const { start, target } = kr;
      if (start === undefined || target === undefined) return undefined;
      if (target === start) return (kr.kind === 'increase' ? value >= target : value <= target) ? 1 : 0;
      return clamp01((value - start) / (target - start));
    }
  }
}

/** Progress of `kr` from its check-ins (any order; only those targeting it should be passed). */
export function krProgress(kr: Measurable, checkIns: readonly CheckIn[]): KrProgress {
  const latest = latestValueCheckIn(checkIns);
  const reason = unmeasurableReason(kr);
  if (reason) return latest ? { state: 'pending', reason, value: latest.value!, at: latest.time } : { state: 'pending', reason };
  if (!latest) return { state: 'pending', reason: 'no-check-in' };
  return { state: 'measured', value: latest.value!, progress: progressOfValue(kr, latest.value!)!, at: latest.time };
}
