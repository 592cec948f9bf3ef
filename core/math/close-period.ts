import type { KeyResult, Objective, Period } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { carryOver } from './carry-over.ts';
import { nextPeriod, yearPeriod } from './periods.ts';
import { createRollup, memoKrProgress } from './rollup.ts';
import { closeObjective, suggestScore } from './scoring.ts';
import { indexWorkspace } from './workspace-index.ts';

/** What the person decided for one objective: an override of the suggested score, a note, whether to carry it over. */
export type ClosingChoice = { objectiveId: string; score?: number; note?: string; carryOver?: boolean };

export type CarriedOver = { from: string; objective: Objective; keyResults: KeyResult[] };
export type PeriodClosing = {
  /** The closed objectives and their key results (closed, each with its own suggested score). */
  objectives: Objective[];
  keyResults: KeyResult[];
  /** The next period, and the periods to add for it (it and its year, when missing). */
  next: { period: Period; created: Period[] } | undefined;
  carried: CarriedOver[];
};

type Options = { now: string; newId: () => string };

/** The objectives of a period that are still open; a closed one is not closed twice. */
export const openObjectivesOf = (ws: Pick<Workspace, 'objectives'>, periodId: string) =>
  ws.objectives.filter((o) => o.periodId === periodId && o.state !== 'closed');

/**
 * Closing a period as one change: every open objective closed with its score (suggested from
 * progress unless overridden) and note, its key results closed, and the unfinished ones copied
 * into the next period (created when missing). Pure: the caller writes all of it at once.
 */
export function closePeriod(ws: Workspace, periodId: string, choices: readonly ClosingChoice[], { now, newId }: Options): PeriodClosing {
  const period = ws.periods.find((p) => p.id === periodId);
  if (!period) throw new RangeError(`no period has id ${JSON.stringify(periodId)}`);
  const index = indexWorkspace(ws);
  const progressOfKr = memoKrProgress(index);
  const progressOf = createRollup(index, ws.workspace.settings.rollup, progressOfKr);
  const choiceOf = new Map(choices.map((c) => [c.objectiveId, c]));
  const open = openObjectivesOf(ws, periodId);
  const wantsCarry = open.some((o) => choiceOf.get(o.id)?.carryOver !== false);
  const found = wantsCarry ? nextPeriod(ws.periods, period, now) : undefined;
  const next = found ? { period: found, created: periodsToAdd(ws.periods, found, now) } : undefined;

  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  const carried: CarriedOver[] = [];
  for (const objective of open) {
    const choice = choiceOf.get(objective.id);
    const p = progressOf(objective.id);
    const progress = p.state === 'measured' ? p.progress : 0;
    objectives.push(closeObjective(objective, progress, { now, ...(choice?.score !== undefined ? { score: choice.score } : {}), ...(choice?.note ? { note: choice.note } : {}) }));
    for (const kr of index.keyResultsByObjective.get(objective.id) ?? []) {
      const kp = progressOfKr(kr);
      keyResults.push({ ...kr, state: 'closed', score: suggestScore(kp.state === 'measured' ? kp.progress : 0), updatedAt: now });
    }
    if (!next || choice?.carryOver === false) continue;
    const copy = carryOver(objective, index, next.period, { now, newId });
    if (copy) carried.push({ from: objective.id, ...copy });
  }
  return { objectives, keyResults, next, carried };
}

/** The next period if it is new, with its year when that is new too (2027 Q1 needs 2027); an unknown parent is dropped. */
function periodsToAdd(periods: readonly Period[], next: Period, now: string): Period[] {
  const known = (id: string) => periods.some((p) => p.id === id);
  if (known(next.id)) return [];
  if (next.parentId === undefined || known(next.parentId)) return [next];
  if (/^\d{4}$/.test(next.parentId)) return [yearPeriod(Number(next.parentId), now), next];
  const { parentId: _unknown, ...rest } = next;
  return [rest];
}
