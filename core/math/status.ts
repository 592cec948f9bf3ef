import { DEFAULT_OFF_TRACK_BELOW_PACE, type StatusThresholds } from '../model/settings.ts';
import type { CheckInStatus, KrKind } from '../model/vocabulary.ts';

export type SuggestedStatus = CheckInStatus | 'pending';

/**
 * The thresholds as a rising ladder. Validation refuses settings out of order; should some reach
 * here anyway (an older file), sorting them keeps every status reachable, and a bigger gap
 * never gets a milder status.
 */
export function thresholdLadder(t: StatusThresholds): [behind: number, atRisk: number, offTrack: number] {
  // Sorting three numbers without an array: this runs for every row of a report.
  const [a, b, c] = [t.behindBelowPace, t.atRiskBelowPace, t.offTrackBelowPace ?? DEFAULT_OFF_TRACK_BELOW_PACE];
  // The middle one by comparison only: a sum minus the extremes is off by float rounding.
  return [Math.min(a, b, c), Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)), Math.max(a, b, c)];
}

/**
 * Status suggested from the gap between progress and the expected pace (both 0..1): behind,
 * at risk and off track when progress trails pace by more than each threshold (in points).
 * Guard KRs (stay-above / stay-below) have no pace: on track while the guard holds. Without a
 * usable progress or pace number there is nothing to suggest.
 */
export function suggestStatus(progress: number | undefined, expected: number, thresholds: StatusThresholds, kind?: KrKind): SuggestedStatus {
  if (progress === undefined || !Number.isFinite(progress) || !Number.isFinite(expected)) return 'pending';
  if (kind === 'stay-above' || kind === 'stay-below') return progress >= 1 ? 'on-track' : 'off-track';
  const gapPoints = (expected - progress) * 100;
  const [behind, atRisk, offTrack] = thresholdLadder(thresholds);
  // A small epsilon keeps float noise (0.1 + 0.2) from turning an exact match into "behind".
  if (gapPoints > offTrack + 1e-9) return 'off-track';
  if (gapPoints > atRisk + 1e-9) return 'at-risk';
  if (gapPoints > behind + 1e-9) return 'behind';
  return 'on-track';
}
