import { expectedProgress } from '../math/pace.ts';
import { krProgress, type KrProgress } from '../math/progress.ts';
import { objectiveProgress } from '../math/rollup.ts';
import { suggestStatus, type SuggestedStatus } from '../math/status.ts';
import { indexWorkspace } from '../math/workspace-index.ts';
import type { KeyResult, Objective, Period } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';

export type KrRow = { keyResult: KeyResult; progress: KrProgress; status: SuggestedStatus };
export type ObjectiveRow = { objective: Objective; progress: number | undefined; status: SuggestedStatus; keyResults: KrRow[]; depth: number };
export type PeriodReport = { period: Period; expected: number; objectives: ObjectiveRow[]; statusCounts: Record<SuggestedStatus, number> };

/**
 * What a period looks like at `now`: objectives as a tree (parents before the children aligned
 * to them), each with progress, the suggested status against pace, and its key results.
 * Shared by the extension's home page and the static site, so both show the same numbers.
 */
export function periodReport(ws: Workspace, periodId: string, now: Date): PeriodReport | undefined {
  const period = ws.periods.find((p) => p.id === periodId);
  if (!period) return undefined;
  const index = indexWorkspace(ws);
  const { rollup, statusThresholds } = ws.workspace.settings;
  const expected = expectedProgress(period, now);
  const inPeriod = ws.objectives.filter((o) => o.periodId === periodId && !o.private);
  const ids = new Set(inPeriod.map((o) => o.id));
  const statusCounts: Record<SuggestedStatus, number> = { 'on-track': 0, behind: 0, 'at-risk': 0, 'off-track': 0, pending: 0 };

  const row = (objective: Objective, depth: number): ObjectiveRow => {
    const p = objectiveProgress(objective.id, index, rollup);
    const progress = p.state === 'measured' ? p.progress : undefined;
    const keyResults = (index.keyResultsByObjective.get(objective.id) ?? []).map((keyResult) => {
      const kp = krProgress(keyResult, index.checkInsByTarget.get(keyResult.id) ?? []);
      return { keyResult, progress: kp, status: suggestStatus(kp.state === 'measured' ? kp.progress : undefined, expected, statusThresholds, keyResult.kind) };
    });
    const status = suggestStatus(progress, expected, statusThresholds);
    statusCounts[status]++;
    return { objective, progress, status, keyResults, depth };
  };

  // Depth-first from the roots: objectives whose parents are not in this period.
  const rows: ObjectiveRow[] = [];
  const placed = new Set<string>();
  const visit = (o: Objective, depth: number) => {
    if (placed.has(o.id)) return;
    placed.add(o.id);
    rows.push(row(o, depth));
    for (const child of index.childObjectivesByParent.get(o.id) ?? []) if (ids.has(child.id)) visit(child, depth + 1);
  };
  for (const o of inPeriod) if (!o.parentIds.some((p) => ids.has(p))) visit(o, 0);
  for (const o of inPeriod) visit(o, 0); // objectives caught in an alignment cycle
  return { period, expected, objectives: rows, statusCounts };
}
