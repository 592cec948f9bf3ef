import { expectedProgress } from '../math/pace.ts';
import type { KrProgress } from '../math/progress.ts';
import { createRollup, memoKrProgress } from '../math/rollup.ts';
import { childCounts, keyResultWeights, type KrExclusion } from '../math/rollup-rules.ts';
import { suggestStatus, type SuggestedStatus } from '../math/status.ts';
import { indexWorkspace } from '../math/workspace-index.ts';
import type { KeyResult, Objective, Period } from '../model/records.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
import type { Workspace } from '../model/workspace.ts';

/** `excluded` says why a key result does not count toward its objective's progress. */
export type KrRow = { keyResult: KeyResult; progress: KrProgress; status: SuggestedStatus; excluded?: KrExclusion };
/**
 * `leftOutOfParent` marks a row shown under a parent whose progress includes aligned objectives
 * but not this one (another period, a draft, private). When the workspace does not roll child
 * objectives up at all, no row is marked: the page says so once (`rollupSummary`).
 */
export type ObjectiveRow = {
  objective: Objective; progress: number | undefined; status: SuggestedStatus; keyResults: KrRow[]; depth: number; leftOutOfParent: boolean;
};
export type PeriodReport = { period: Period; expected: number; timeZone: string; objectives: ObjectiveRow[]; statusCounts: Record<SuggestedStatus, number> };

/**
 * What a period looks like at `now` in the workspace's time zone: public objectives as a tree
 * (parents before the children aligned to them), each with progress, the suggested status
 * against pace, and its key results marked when they do not count. Shared by the extension's
 * home page and the static site, so both show the same numbers and the same exclusions.
 */
export function periodReport(ws: Workspace, periodId: string, now: Date): PeriodReport | undefined {
  const period = ws.periods.find((p) => p.id === periodId);
  if (!period) return undefined;
  const index = indexWorkspace(ws);
  const { rollup, statusThresholds } = ws.workspace.settings;
  const timeZone = workspaceTimeZone(ws.workspace.settings);
  const expected = expectedProgress(period, now, timeZone);
  const progressOfKr = memoKrProgress(index);
  const progressOf = createRollup(index, rollup, progressOfKr);
  const inPeriod = ws.objectives.filter((o) => o.periodId === periodId && !o.private);
  const ids = new Set(inPeriod.map((o) => o.id));
  const statusCounts: Record<SuggestedStatus, number> = { 'on-track': 0, behind: 0, 'at-risk': 0, 'off-track': 0, pending: 0 };

  const row = (objective: Objective, depth: number, parent: Objective | undefined): ObjectiveRow => {
    const p = progressOf(objective.id);
    const progress = p.state === 'measured' ? p.progress : undefined;
    const krs = index.keyResultsByObjective.get(objective.id) ?? [];
    const weights = keyResultWeights(krs);
    const keyResults = krs.map((keyResult): KrRow => {
      const kp = progressOfKr(keyResult);
      const w = weights.get(keyResult.id)!;
      const status = suggestStatus(kp.state === 'measured' ? kp.progress : undefined, expected, statusThresholds, keyResult.kind);
      return { keyResult, progress: kp, status, ...('excluded' in w ? { excluded: w.excluded } : {}) };
    });
    const status = suggestStatus(progress, expected, statusThresholds);
    statusCounts[status]++;
    const leftOutOfParent = parent !== undefined && rollup.includeChildObjectives && !childCounts(parent, objective);
    return { objective, progress, status, keyResults, depth, leftOutOfParent };
  };

  // Depth-first from the roots (objectives whose parents are not in this period), without
  // recursion: alignment chains can be thousands deep.
  const rows: ObjectiveRow[] = [];
  const placed = new Set<string>();
  const place = (start: Objective) => {
    const todo: [Objective, number, Objective | undefined][] = [[start, 0, undefined]];
    while (todo.length > 0) {
      const [o, depth, parent] = todo.pop()!;
      if (placed.has(o.id)) continue;
      placed.add(o.id);
      rows.push(row(o, depth, parent));
      const children = index.childObjectivesByParent.get(o.id) ?? [];
      for (let i = children.length - 1; i >= 0; i--) if (ids.has(children[i]!.id) && !placed.has(children[i]!.id)) todo.push([children[i]!, depth + 1, o]);
    }
  };
  for (const o of inPeriod) if (!o.parentIds.some((p) => ids.has(p))) place(o);
  for (const o of inPeriod) place(o); // objectives caught in an alignment cycle
  return { period, expected, timeZone, objectives: rows, statusCounts };
}
