import type { Workspace } from '../../core/model/workspace.ts';
import type { Counts } from '../messages/api.ts';

export const countsOf = (ws: Workspace): Counts => ({
  people: ws.people.length,
  teams: ws.teams.length,
  periods: ws.periods.length,
  objectives: ws.objectives.length,
  keyResults: ws.keyResults.length,
  initiatives: ws.initiatives.length,
  checkIns: ws.checkIns.length,
  kpis: ws.kpis.length,
});

/** `acme-analytics-2026-11-20.okr.json`: the workspace and the day, so downloads sort and say what they hold. */
export function bundleFileName(workspaceName: string, at: string, label = ''): string {
  const slug = workspaceName.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'okrs';
  return `${slug}${label ? `-${label}` : ''}-${at.slice(0, 10)}.okr.json`;
}
