import { localDate } from '../math/dates.ts';
import { expectedProgress } from '../math/pace.ts';
import { latestValueCheckIn, progressOfValue } from '../math/progress.ts';
import { checkInsOf, indexWorkspace } from '../math/workspace-index.ts';
import { checkInOwnerOf } from '../model/check-in-owner.ts';
import type { CheckIn, KeyResult, Objective, Period } from '../model/records.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
import type { CheckInStatus } from '../model/vocabulary.ts';
import type { Workspace } from '../model/workspace.ts';

export const WEEK_MS = 7 * 86_400_000;

/** A key result at one moment: its latest value, progress and status. */
export type Standing = { value: number | undefined; progress: number | undefined; status: CheckInStatus | undefined };
export type WeeklyRow = { keyResult: KeyResult; objective: Objective; period: Period; expected: number; before: Standing; after: Standing; week: CheckIn[] };
/** `scope` names the teams (or the person, when they are in none) whose week this is. */
export type WeeklyChanges = { scope: string; fromDay: string; toDay: string; periods: { period: Period; expected: number }[]; rows: WeeklyRow[] };

const byTime = (a: CheckIn, b: CheckIn) => Date.parse(a.time) - Date.parse(b.time) || a.id.localeCompare(b.id);

function standing(kr: KeyResult, checkIns: readonly CheckIn[]): Standing {
  const withValue = latestValueCheckIn(checkIns);
  const value = withValue?.value;
  return { value, progress: value === undefined ? undefined : progressOfValue(kr, value), status: [...checkIns].sort(byTime).at(-1)?.status };
}

/**
 * What moved in the last 7 days (up to `now`) for `personId`'s teams: their public, non-draft
 * objectives in periods running today and every key result under them, each with where it stood
 * a week ago and now, and the week's check-ins. Someone in no team gets their own key results.
 */
export function weeklyChanges(ws: Workspace, personId: string, now: Date): WeeklyChanges {
  const timeZone = workspaceTimeZone(ws.workspace.settings);
  const today = localDate(now, timeZone);
  const from = now.getTime() - WEEK_MS;
  const teams = ws.teams.filter((t) => !t.archived && t.memberIds.includes(personId));
  const teamIds = new Set(teams.map((t) => t.id));
  const running = new Map(ws.periods.filter((p) => p.start <= today && today <= p.end).map((p) => [p.id, p]));
  const index = indexWorkspace(ws);
  const mine = (kr: KeyResult, o: Objective) =>
    teams.length > 0 ? o.teamIds.some((id) => teamIds.has(id)) : kr.ownerIds.includes(personId) || checkInOwnerOf(kr) === personId;
  const rows: WeeklyRow[] = [];
  for (const objective of ws.objectives) {
    const period = running.get(objective.periodId);
    if (!period || objective.private || objective.state === 'draft') continue;
    const expected = expectedProgress(period, now, timeZone);
    for (const keyResult of index.keyResultsByObjective.get(objective.id) ?? []) {
      if (keyResult.state === 'draft' || !mine(keyResult, objective)) continue;
      const all = checkInsOf(index, 'keyResult', keyResult.id).filter((c) => Date.parse(c.time) <= now.getTime());
      const earlier = all.filter((c) => Date.parse(c.time) <= from);
      const week = all.filter((c) => Date.parse(c.time) > from).sort(byTime);
      rows.push({ keyResult, objective, period, expected, before: standing(keyResult, earlier), after: standing(keyResult, all), week });
    }
  }
  const periods = [...new Set(rows.map((r) => r.period))].map((period) => ({ period, expected: rows.find((r) => r.period === period)!.expected }));
  const personName = ws.people.find((p) => p.id === personId)?.name ?? personId;
  const scope = teams.length > 0 ? teams.map((t) => t.name).join(', ') : personName;
  return { scope, fromDay: localDate(new Date(from), timeZone), toDay: today, periods, rows };
}
