import type { WorkspaceSettings } from '../model/settings.ts';
import type { CheckInStatus, KrKind } from '../model/vocabulary.ts';

export type SuggestedStatus = CheckInStatus | 'pending';

/**
 * Status suggested from the gap between progress and the expected pace (both 0..1). Guard KRs
 * (stay-above / stay-below) have no pace: they are on track while the guard holds.
 */
export function suggestStatus(
  progress: number | undefined,
  expected: number,
  thresholds: WorkspaceSettings['statusThresholds'],
  kind?: KrKind,
): SuggestedStatus {
  if (progress === undefined) return 'pending';
  if (kind === 'stay-above' || kind === 'stay-below') return progress >= 1 ? 'on-track' : 'off-track';
  const gapPoints = (expected - progress) * 100;
  // A small epsilon keeps float noise (0.1 + 0.2) from turning an exact match into "behind".
  if (gapPoints > thresholds.atRiskBelowPace + 1e-9) return 'at-risk';
  if (gapPoints > thresholds.behindBelowPace + 1e-9) return 'behind';
  return 'on-track';
}
