import type { Initiative } from '../model/records.ts';
import type { WorkspaceSettings } from '../model/settings.ts';
import { krProgress } from './progress.ts';
import type { WorkspaceIndex } from './workspace-index.ts';

export type ObjectiveProgress = { state: 'pending' } | { state: 'measured'; progress: number };

type Part = { weight: number; progress: number | undefined };

function initiativeProgress(i: Initiative): number | undefined {
  if (i.status === 'cancelled') return undefined;
  if (i.progress !== undefined) return i.progress;
  return i.status === 'done' ? 1 : 0;
}

/**
 * Weighted mean of the objective's key results. A pending KR counts as 0 so that an objective
 * is never reported ahead of what was measured; the objective is pending only when nothing is.
 * Initiatives and aligned child objectives join with weight 1 when the settings say so.
 */
export function objectiveProgress(
  objectiveId: string,
  index: WorkspaceIndex,
  rollup: WorkspaceSettings['rollup'],
  visiting: ReadonlySet<string> = new Set(),
): ObjectiveProgress {
  const parts: Part[] = (index.keyResultsByObjective.get(objectiveId) ?? []).map((kr) => {
    const p = krProgress(kr, index.checkInsByTarget.get(kr.id) ?? []);
    return { weight: kr.weight, progress: p.state === 'measured' ? p.progress : undefined };
  });
  if (rollup.includeInitiatives) {
    for (const i of index.initiativesByParent.get(objectiveId) ?? []) {
      if (i.parentType === 'objective' && i.status !== 'cancelled') parts.push({ weight: 1, progress: initiativeProgress(i) });
    }
  }
  if (rollup.includeChildObjectives) {
    // Alignment can form a cycle in imported data; a visited set keeps the recursion finite.
    const nextVisiting = new Set(visiting).add(objectiveId);
    for (const child of index.childObjectivesByParent.get(objectiveId) ?? []) {
      if (nextVisiting.has(child.id)) continue;
      const p = objectiveProgress(child.id, index, rollup, nextVisiting);
      parts.push({ weight: 1, progress: p.state === 'measured' ? p.progress : undefined });
    }
  }
  const counted = parts.filter((p) => p.weight > 0);
  const totalWeight = counted.reduce((sum, p) => sum + p.weight, 0);
  if (totalWeight === 0 || counted.every((p) => p.progress === undefined)) return { state: 'pending' };
  const progress = counted.reduce((sum, p) => sum + p.weight * (p.progress ?? 0), 0) / totalWeight;
  return { state: 'measured', progress: Math.min(1, Math.max(0, progress)) };
}
