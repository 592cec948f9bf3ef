import { localDate } from '../math/dates.ts';
import { nextReminderAt } from '../math/zoned-time.ts';
import { checkInOwnerOf } from '../model/check-in-owner.ts';
import { DEFAULT_REMINDER_TIME } from '../model/settings.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
import type { Workspace } from '../model/workspace.ts';
import { myCheckIns } from './my-check-ins.ts';

/** First days of periods not yet started in which `personId` checks in for an active key result: they fall due then. */
function periodStartsAhead(ws: Workspace, personId: string, today: string): string[] {
  const objectives = new Map(ws.objectives.map((o) => [o.id, o]));
  const starts = new Map(ws.periods.filter((p) => p.start > today).map((p) => [p.id, p.start]));
  return ws.keyResults.flatMap((kr) => {
    const objective = objectives.get(kr.objectiveId);
    const start = objective?.state === 'active' && kr.state === 'active' && checkInOwnerOf(kr) === personId ? starts.get(objective.periodId) : undefined;
    return start ? [start] : [];
  });
}

/** What the background shows and schedules for the person using this browser. */
export type ReminderPlan = { dueCount: number; dueTitles: string[]; nextAt: Date | undefined };

/**
 * Check-ins due for `personId` as check-in owner now, and when to remind them next: at the
 * workspace's reminder time on the first day one of theirs is due (every day while some are), or
 * never when they check in for nothing running. Key results whose check-in owner is someone else
 * never remind them.
 */
export function reminderPlan(ws: Workspace | undefined, personId: string | undefined, now: Date): ReminderPlan {
  if (!ws || !personId) return { dueCount: 0, dueTitles: [], nextAt: undefined };
  const settings = ws.workspace.settings;
  const timeZone = workspaceTimeZone(settings);
  const time = settings.reminderTime ?? DEFAULT_REMINDER_TIME;
  const { due, rest } = myCheckIns(ws, personId, now);
  const today = localDate(now, timeZone);
  const owned = rest.filter((row) => row.checkInOwnerId === personId && row.nextDay! <= row.period.end);
  const later = [...owned.map((row) => row.nextDay!), ...periodStartsAhead(ws, personId, today)];
  const firstDay = due.length > 0 ? today : later.sort()[0];
  return {
    dueCount: due.length,
    dueTitles: due.map((row) => row.keyResult.title),
    nextAt: firstDay === undefined ? undefined : nextReminderAt(now, time, timeZone, firstDay),
  };
}
