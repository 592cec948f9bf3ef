import { checkInDue, nextCheckInDay } from '../math/due.ts';
import { expectedProgress } from '../math/pace.ts';
import { krProgress, type KrProgress } from '../math/progress.ts';
import { suggestStatus, type SuggestedStatus } from '../math/status.ts';
import { checkInsOf, indexWorkspace } from '../math/workspace-index.ts';
import { checkInOwnerOf } from '../model/check-in-owner.ts';
import type { CheckIn, KeyResult, Objective, Period } from '../model/records.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
import type { Workspace } from '../model/workspace.ts';
import { localDate } from '../math/dates.ts';

/** One of my key results as the popup lists it, with what a check-in form shows beside it. */
export type MyKeyResult = {
  keyResult: KeyResult;
  objective: Objective;
  period: Period;
  /** Who is reminded; when it is someone else, my check-in is made on their behalf. */
  checkInOwnerId: string | undefined;
  due: boolean;
  /** The day the next check-in is due (workspace zone); undefined when there was none yet. */
  nextDay: string | undefined;
  /** The latest check-in of any kind (a status-only one counts as checking in). */
  lastCheckIn: CheckIn | undefined;
  progress: KrProgress;
  expected: number;
  status: SuggestedStatus;
};
export type MyCheckIns = { due: MyKeyResult[]; rest: MyKeyResult[] };

const latest = (checkIns: readonly CheckIn[]): CheckIn | undefined => {
  let found: CheckIn | undefined;
  for (const c of checkIns) if (!found || Date.parse(c.time) > Date.parse(found.time) || (c.time === found.time && c.id > found.id)) found = c;
  return found;
};

// Never checked in comes first (it has waited longest), then by the day it fell due.
const byUrgency = (a: MyKeyResult, b: MyKeyResult) =>
  (a.nextDay ?? '').localeCompare(b.nextDay ?? '') || a.objective.title.localeCompare(b.objective.title) || a.keyResult.title.localeCompare(b.keyResult.title);

/**
 * The key results `personId` owns or checks in for, in periods running today (workspace zone),
 * active and under an active objective. Due first: those they are the check-in owner of and
 * whose cadence has come round; nobody else's check-in counts as due for them.
 */
export function myCheckIns(ws: Workspace, personId: string, now: Date): MyCheckIns {
  const { checkInCadenceDays, statusThresholds } = ws.workspace.settings;
  const timeZone = workspaceTimeZone(ws.workspace.settings);
  const today = localDate(now, timeZone);
  const index = indexWorkspace(ws);
  const periods = new Map(ws.periods.map((p) => [p.id, p]));
  const due: MyKeyResult[] = [];
  const rest: MyKeyResult[] = [];
  for (const keyResult of ws.keyResults) {
    const checkInOwnerId = checkInOwnerOf(keyResult);
    if (keyResult.state !== 'active' || (checkInOwnerId !== personId && !keyResult.ownerIds.includes(personId))) continue;
    const objective = index.objectives.get(keyResult.objectiveId);
    const period = objective && periods.get(objective.periodId);
    if (!objective || !period || objective.state !== 'active' || today < period.start || today > period.end) continue;
    const checkIns = checkInsOf(index, 'keyResult', keyResult.id);
    const lastCheckIn = latest(checkIns);
    const progress = krProgress(keyResult, checkIns);
    const expected = expectedProgress(period, now, timeZone);
    const status = suggestStatus(progress.state === 'measured' ? progress.progress : undefined, expected, statusThresholds, keyResult.kind);
    const isDue = checkInOwnerId === personId && checkInDue(lastCheckIn?.time, checkInCadenceDays, now, timeZone);
    const nextDay = lastCheckIn && nextCheckInDay(lastCheckIn.time, checkInCadenceDays, timeZone);
    (isDue ? due : rest).push({ keyResult, objective, period, checkInOwnerId, due: isDue, nextDay, lastCheckIn, progress, expected, status });
  }
  return { due: due.sort(byUrgency), rest: rest.sort(byUrgency) };
}

/** What the toolbar badge counts: check-ins due for `personId` as check-in owner. */
export const dueCheckInCount = (ws: Workspace, personId: string, now: Date): number => myCheckIns(ws, personId, now).due.length;
