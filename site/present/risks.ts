import type { SuggestedStatus } from '../../core/math/status.ts';
import type { CheckIn, KeyResult } from '../../core/model/records.ts';
import type { KrProgress } from '../../core/math/progress.ts';
import type { KrExclusion } from '../../core/math/rollup-rules.ts';

type Line = { keyResult: KeyResult; progress: KrProgress; status: SuggestedStatus; excluded?: KrExclusion; owners: string; objectiveTitle: string; checkIns: readonly CheckIn[]; latest: { day: string; author: string; text: string } | undefined };
export type RiskLine = Line;

const SEVERITY: Record<SuggestedStatus, number> = { 'off-track': 0, 'at-risk': 1, behind: 2, pending: 3, 'on-track': 4 };
const RED = new Set<string>(['at-risk', 'off-track']);

/**
 * Risks: counted, active key results whose status against pace is at risk or off track, worst
 * first. Owner flags (the "asks"): key results whose owner's own latest check-in says at risk or
 * off track while the numbers do not, so the room hears about them too.
 */
export function risksAndFlags(lines: readonly Line[]): { risks: RiskLine[]; ownerFlags: RiskLine[] } {
  const live = lines.filter((l) => !l.excluded && l.keyResult.state === 'active');
  const risks = live.filter((l) => RED.has(l.status)).sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.keyResult.title.localeCompare(b.keyResult.title));
  const ownerFlags = live.filter((l) => !RED.has(l.status) && RED.has(l.checkIns.at(-1)?.status ?? ''));
  return { risks, ownerFlags };
}
