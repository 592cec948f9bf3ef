import { krProgress } from '../math/progress.ts';
import { keyResultWeights } from '../math/rollup-rules.ts';
import { checkInsOf, indexWorkspace } from '../math/workspace-index.ts';
import type { CheckIn, KeyResult, Objective } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { WEEK_MS } from './weekly-changes.ts';

// The one "biggest movers" rule, shown by the site's period overview and the presentation's
// summary slide, so the two never disagree.

/** "Since the last review" means the week before `now`: teams review OKRs weekly. */
export const LAST_REVIEW_MS = WEEK_MS;

export type Mover = { keyResult: KeyResult; objective: Objective; before: number; after: number; change: number };

/** Progress as of `until` (its latest check-in value by then), or undefined when not measured then. */
const progressAt = (kr: KeyResult, timed: readonly { c: CheckIn; t: number }[], until: number): number | undefined => {
  const p = krProgress(kr, timed.filter(({ t }) => t <= until).map(({ c }) => c));
  return p.state === 'measured' ? p.progress : undefined;
};

/**
 * The key results of a period whose progress moved most since the last review (a week before
 * `now`), largest change first, either way, ties by title. A key result not measured at both ends
 * is left out: there is nothing to compare. Only what counts toward an objective's progress is
 * ranked (no drafts, no weight-0 key results: core/math/rollup-rules.ts), and private or draft
 * objectives are left out, as on every shared page.
 */
export function periodMovers(ws: Workspace, periodId: string, now: Date, limit = 5): { since: Date; movers: Mover[] } {
  const since = new Date(now.getTime() - LAST_REVIEW_MS);
  const index = indexWorkspace(ws);
  const movers: Mover[] = [];
  for (const objective of ws.objectives) {
    if (objective.periodId !== periodId || objective.private || objective.state === 'draft') continue;
    const krs = index.keyResultsByObjective.get(objective.id) ?? [];
    const weights = keyResultWeights(krs);
    for (const keyResult of krs) {
      if ('excluded' in weights.get(keyResult.id)!) continue;
      const timed = checkInsOf(index, 'keyResult', keyResult.id).map((c) => ({ c, t: Date.parse(c.time) }));
      const before = progressAt(keyResult, timed, since.getTime());
      const after = progressAt(keyResult, timed, now.getTime());
      if (before !== undefined && after !== undefined && after !== before) movers.push({ keyResult, objective, before, after, change: after - before });
    }
  }
  movers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.keyResult.title.localeCompare(b.keyResult.title));
  return { since, movers: movers.slice(0, limit) };
}
