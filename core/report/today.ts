import { localDate } from '../math/dates.ts';
import { currentPeriod } from '../math/periods.ts';
import type { Period } from '../model/records.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
import type { Workspace } from '../model/workspace.ts';

// One "today" for the extension, the site and the CLI: the calendar day in the workspace's zone.
// Reading it from the runtime's zone (the extension) or UTC (a build server) disagreed near
// midnight, and at 20:00 on 31 December in California called Q4 both current and finished.

/** The calendar day it is at `now` where the workspace lives. */
export const workspaceToday = (ws: Pick<Workspace, 'workspace'>, now: Date): string => localDate(now, workspaceTimeZone(ws.workspace.settings));

/** The shortest period containing the workspace's today. */
export const workspaceCurrentPeriod = (ws: Pick<Workspace, 'workspace' | 'periods'>, now: Date): Period | undefined =>
  currentPeriod(ws.periods, workspaceToday(ws, now));

/** Periods in the order people read them: by start, and a longer period before one it contains. */
export const periodsByStart = (periods: readonly Period[]): Period[] =>
  [...periods].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
