import type { KeyResult, Objective, Period } from '../model/records.ts';
import { krProgress } from './progress.ts';
import { checkInsOf, type WorkspaceIndex } from './workspace-index.ts';

export type CarryOver = { objective: Objective; keyResults: KeyResult[] };

type Options = { now: string; newId: () => string };

/**
 * Copies of an objective and its unfinished key results in the next period, each linking back
 * with `carriedFromId`. A metric KR restarts from the value it reached, so the new period
 * measures only new progress. Returns undefined when every KR was finished.
 */
export function carryOver(objective: Objective, index: WorkspaceIndex, next: Period, { now, newId }: Options): CarryOver | undefined {
  const unfinished = (index.keyResultsByObjective.get(objective.id) ?? []).filter((kr) => {
    const p = krProgress(kr, checkInsOf(index, 'keyResult', kr.id));
    return kr.state !== 'draft' && !(p.state === 'measured' && p.progress >= 1);
  });
  if (unfinished.length === 0) return undefined;
  const { score: _score, closingNote: _note, ...rest } = objective;
  const copy: Objective = { ...rest, id: newId(), periodId: next.id, state: 'active', carriedFromId: objective.id, updatedAt: now };
  const keyResults = unfinished.map((kr): KeyResult => {
    const { score: _krScore, ...krRest } = kr;
    const p = krProgress(kr, checkInsOf(index, 'keyResult', kr.id));
    // The new period measures only new progress, so a metric restarts from the value reached,
    // unless that would turn it the wrong way (a KR without a start may be past its target).
    const reached = p.value;
    const keepsDirection = reached !== undefined && (kr.target === undefined || (kr.kind === 'increase' ? reached < kr.target : reached > kr.target));
    const restart = (kr.kind === 'increase' || kr.kind === 'decrease') && keepsDirection;
    return {
      ...krRest,
      id: newId(),
      objectiveId: copy.id,
      state: 'active',
      carriedFromId: kr.id,
      updatedAt: now,
      ...(restart ? { start: reached } : {}),
    };
  });
  return { objective: copy, keyResults };
}
