import { localDate } from '../math/dates.ts';
import { quarterPeriod, yearPeriod } from '../math/periods.ts';
import type { Period, Person } from './records.ts';
import { newWorkspaceSettings, type WorkspaceInfo } from './settings.ts';

export type StartWorkspace = { workspaceId: string; name: string; personId: string; personName: string; timeZone: string; now: Date };

/**
 * An empty workspace ready for its first OKR: the person who started it (an admin, since somebody
 * has to be) and the quarter it is now in the workspace's zone, inside its year.
 */
export function startWorkspace({ workspaceId, name, personId, personName, timeZone, now }: StartWorkspace): { workspace: WorkspaceInfo; people: Person[]; periods: Period[] } {
  const at = now.toISOString();
  const today = localDate(now, timeZone);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return {
    workspace: { id: workspaceId, name: name.trim(), updatedAt: at, settings: newWorkspaceSettings(timeZone) },
    people: [{ id: personId, name: personName.trim(), role: 'admin', updatedAt: at }],
    periods: [yearPeriod(year, at), quarterPeriod(year, quarter, at)],
  };
}
