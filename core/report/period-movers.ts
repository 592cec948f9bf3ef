import { krProgress } from '../math/progress.ts';
import { checkInsOf, indexWorkspace } from '../math/workspace-index.ts';
import type { KeyResult, Objective } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { WEEK_MS } from './weekly-changes.ts';

/** "Since the last review" means the week before `now`: teams review OKRs weekly. */
export const LAST_REVIEW_MS = WEEK_MS;

export type Mover = { keyResult: KeyResult; objective: Objective; before: number; after: number; change: number };

const measured = (kr: KeyResult, checkIns: Parameters<typeof krProgress>[1]) => {
  const p = krProgress(kr, checkIns);
  return p.state === 'measured' ? p.progress : undefined;
};

/**
 * The key results of a period whose progress moved most since the last review (a week before
 * `now`), largest change first, either way, ties by title. A key result not measured at both ends
 * is left out: there is nothing to compare (the same rule as the presentation's summary slide).
 * Private objectives and drafts are left out, as on every shared page.
 */
export function periodMovers(ws: Workspace, periodId: string, now: Date, limit = 5): { since: Date; movers: Mover[] } {
  const since = new Date(now.getTime() - LAST_REVIEW_MS);
  const index = indexWorkspace(ws);
  const movers: Mover[] = [];
  for (const objective of ws.objectives) {
    if (objective.periodId !== periodId || objective.private || objective.state === 'draft') continue;
    for (const keyResult of index.keyResultsByObjective.get(objective.id) ?? []) {
      if (keyResult.state === 'draft') continue;
      const upToNow = checkInsOf(index, 'keyResult', keyResult.id).filter((c) => Date.parse(c.time) <= now.getTime());
      const after = measured(keyResult, upToNow);
      if (after === undefined) continue;
      const before = measured(keyResult, upToNow.filter((c) => Date.parse(c.time) <= since.getTime()));
      if (before !== undefined && after !== before) movers.push({ keyResult, objective, before, after, change: after - before });
    }
  }
  movers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.keyResult.title.localeCompare(b.keyResult.title));
  return { since, movers: movers.slice(0, limit) };
}
