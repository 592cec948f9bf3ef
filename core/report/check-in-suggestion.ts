import { progressOfValue } from '../math/progress.ts';
import { suggestStatus } from '../math/status.ts';
import type { StatusThresholds } from '../model/settings.ts';
import type { KeyResult } from '../model/records.ts';
import type { CheckInStatus } from '../model/vocabulary.ts';

type Paced = Pick<KeyResult, 'kind' | 'start' | 'target'>;

/**
 * The value a key result should have reached by today on a linear pace (`expected` is the share
 * of the period elapsed), or undefined where pace means nothing: yes/no and guard key results,
 * and metrics without a start or a target.
 */
export function expectedValue(kr: Paced, expected: number): number | undefined {
  if (kr.kind === 'milestone') return expected * 100;
  if ((kr.kind === 'increase' || kr.kind === 'decrease') && kr.start !== undefined && kr.target !== undefined) return kr.start + (kr.target - kr.start) * expected;
  return undefined;
}

/**
 * The status a check-in form offers for a typed value: from the gap to pace, as everywhere else.
 * When the value says nothing (not a number yet, a key result that cannot be measured) the last
 * status stands, or on track for a first check-in.
 */
export function suggestedCheckInStatus(kr: Paced, value: number | undefined, expected: number, thresholds: StatusThresholds, lastStatus?: CheckInStatus): CheckInStatus {
  const progress = value === undefined ? undefined : progressOfValue(kr, value);
  const suggested = suggestStatus(progress, expected, thresholds, kr.kind);
  return suggested === 'pending' ? (lastStatus ?? 'on-track') : suggested;
}
