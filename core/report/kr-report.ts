import { expectedProgress } from '../math/pace.ts';
import { krProgress, type KrProgress } from '../math/progress.ts';
import { suggestStatus, type SuggestedStatus } from '../math/status.ts';
import { checkInOwnerOf } from '../model/check-in-owner.ts';
import type { CheckIn, KeyResult, Objective, Period } from '../model/records.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
import type { Workspace } from '../model/workspace.ts';
import { krChartSeries, type KrChartSeries } from './kr-chart-series.ts';

export type KrReport = {
  keyResult: KeyResult; objective: Objective | undefined; period: Period | undefined; checkInOwnerId: string | undefined;
  progress: KrProgress; status: SuggestedStatus; expected: number | undefined; timeZone: string; checkIns: CheckIn[]; series: KrChartSeries | undefined;
};

/** One key result's page at `now`: where it stands against pace in the workspace's zone, its check-ins and its chart. */
export function krReport(ws: Workspace, krId: string, now: Date): KrReport | undefined {
  const keyResult = ws.keyResults.find((k) => k.id === krId);
  if (!keyResult) return undefined;
  const objective = ws.objectives.find((o) => o.id === keyResult.objectiveId);
  const period = objective && ws.periods.find((p) => p.id === objective.periodId);
  const timeZone = workspaceTimeZone(ws.workspace.settings);
  const checkIns = ws.checkIns.filter((c) => c.targetType === 'keyResult' && c.targetId === krId);
  const progress = krProgress(keyResult, checkIns);
  const expected = period ? expectedProgress(period, now, timeZone) : undefined;
  const status = expected === undefined ? 'pending' : suggestStatus(progress.state === 'measured' ? progress.progress : undefined, expected, ws.workspace.settings.statusThresholds, keyResult.kind);
  const series = period ? krChartSeries(keyResult, period, checkIns, timeZone) : undefined;
  return { keyResult, objective, period, checkInOwnerId: checkInOwnerOf(keyResult), progress, status, expected, timeZone, checkIns, series };
}
