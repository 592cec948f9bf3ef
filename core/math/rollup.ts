import type { KeyResult } from '../model/records.ts';
import type { WorkspaceSettings } from '../model/settings.ts';
import { krProgress, type KrProgress } from './progress.ts';
import { childCounts, initiativeCounts, initiativeProgress, keyResultWeights } from './rollup-rules.ts';
import { checkInsOf, type WorkspaceIndex } from './workspace-index.ts';

export type ObjectiveProgress = { state: 'pending' } | { state: 'measured'; progress: number };
export type RollupSettings = WorkspaceSettings['rollup'];

/** One objective's sum: `counted` whether it has any part at all, `measured` whether one has a number. */
type Tally = { weight: number; sum: number; counted: boolean; measured: boolean };

const NO_CHILDREN: readonly string[] = Object.freeze([]);

/** A key result's progress, computed once per report however often it is asked for. */
export function memoKrProgress(index: WorkspaceIndex): (kr: KeyResult) => KrProgress {
  const memo = new Map<string, KrProgress>();
  return (kr) => {
    let p = memo.get(kr.id);
    if (!p) memo.set(kr.id, (p = krProgress(kr, checkInsOf(index, 'keyResult', kr.id))));
    return p;
  };
}

const add = (t: Tally, weight: number, progress: number | undefined) => {
  t.weight += weight;
  t.sum += weight * (progress ?? 0);
  t.counted = true;
  if (progress !== undefined) t.measured = true;
};

// Every counted part weighs more than 0 (see keyResultWeights), so a measured tally never divides by 0.
const result = (t: Tally): ObjectiveProgress =>
  t.measured ? { state: 'measured', progress: Math.min(1, Math.max(0, t.sum / t.weight)) } : { state: 'pending' };

/**
 * Progress of objectives: the weighted mean of their counted key results, where a pending KR
 * counts as 0 so that an objective is never reported ahead of what was measured. Initiatives
 * and aligned child objectives join with weight 1 when the settings say so; a child with
 * nothing to count is left out. Objectives that align to each other in a cycle do not count
 * toward each other (only what lies outside the cycle does), whichever is asked first.
 *
 * Linear in objectives plus alignment edges: each objective is summed once (memoised), child
 * before parent, found by an iterative Tarjan walk, so neither deep chains nor lattices with
 * several parents cost more than their size, and nothing recurses.
 */
export function createRollup(
  index: WorkspaceIndex,
  settings: RollupSettings,
  progressOfKr: (kr: KeyResult) => KrProgress = memoKrProgress(index),
): (objectiveId: string) => ObjectiveProgress {
  const tallies = new Map<string, Tally>();

  const ownTally = (objectiveId: string): Tally => {
    const t: Tally = { weight: 0, sum: 0, counted: false, measured: false };
    const krs = index.keyResultsByObjective.get(objectiveId) ?? [];
    const weights = keyResultWeights(krs);
    for (const kr of krs) {
      const w = weights.get(kr.id)!;
      if (!('weight' in w)) continue;
      const p = progressOfKr(kr);
      add(t, w.weight, p.state === 'measured' ? p.progress : undefined);
    }
    const initiatives = settings.includeInitiatives ? index.initiativesByParent.get(objectiveId) : undefined;
    if (initiatives) for (const i of initiatives) if (initiativeCounts(i)) add(t, 1, initiativeProgress(i));
    return t;
  };

  const childrenOf = (objectiveId: string): readonly string[] => {
    const parent = settings.includeChildObjectives ? index.objectives.get(objectiveId) : undefined;
    const children = parent ? index.childObjectivesByParent.get(objectiveId) : undefined;
    if (!parent || !children) return NO_CHILDREN;
    const ids: string[] = [];
    for (const c of children) if (childCounts(parent, c)) ids.push(c.id);
    // A child that names the same parent twice is still one child.
    return ids.length > 1 ? [...new Set(ids)] : ids;
  };

  // Tarjan's strongly connected components, kept across calls: a component is summed as soon
  // as it is complete, and every child outside it was summed before.
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();

  const finish = (members: readonly string[]) => {
    const inCycle = new Set(members);
    for (const id of members) {
      const t = ownTally(id);
      for (const c of childrenOf(id)) {
        if (inCycle.has(c)) continue;
        const ct = tallies.get(c)!;
        if (!ct.counted) continue;
        const cp = result(ct);
        add(t, 1, cp.state === 'measured' ? cp.progress : undefined);
      }
      tallies.set(id, t);
    }
  };

  const walk = (root: string) => {
    const frames: { id: string; children: readonly string[]; next: number }[] = [];
    const enter = (id: string) => {
      order.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      frames.push({ id, children: childrenOf(id), next: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      if (frame.next < frame.children.length) {
        const child = frame.children[frame.next++]!;
        if (!order.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(child)!));
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === order.get(frame.id)) {
        const members: string[] = [];
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          members.push(id);
        } while (id !== frame.id);
        finish(members);
      }
    }
  };

  return (objectiveId) => {
    if (!tallies.has(objectiveId)) walk(objectiveId);
    return result(tallies.get(objectiveId)!);
  };
}

/** Progress of one objective; use `createRollup` for many, so shared children are summed once. */
export function objectiveProgress(objectiveId: string, index: WorkspaceIndex, settings: RollupSettings): ObjectiveProgress {
  return createRollup(index, settings)(objectiveId);
}
