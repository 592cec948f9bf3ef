import type { Workspace } from '../../../core/model/workspace.ts';

type Option = { id: string; name: string };

export const peopleOptions = (ws: Workspace): Option[] => ws.people.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));

// Archived teams keep their history but take no new OKRs; a record already on one keeps it.
export const teamOptions = (ws: Workspace, chosen: readonly string[] = []): Option[] =>
  ws.teams.filter((t) => !t.archived || chosen.includes(t.id)).map((t) => ({ id: t.id, name: t.name })).sort((a, b) => a.name.localeCompare(b.name));

/** What an objective may align to: other objectives and key results (not its own), open first. */
export function parentOptions(ws: Workspace, selfId: string | undefined): Option[] {
  const periodName = new Map(ws.periods.map((p) => [p.id, p.name]));
  const ownKrs = new Set(ws.keyResults.filter((k) => k.objectiveId === selfId).map((k) => k.id));
  const objectives = ws.objectives.filter((o) => o.id !== selfId).map((o) => ({ id: o.id, name: `Objective: ${o.title} (${periodName.get(o.periodId) ?? o.periodId})` }));
  const krs = ws.keyResults.filter((k) => !ownKrs.has(k.id)).map((k) => ({ id: k.id, name: `Key result: ${k.title}` }));
  return [...objectives, ...krs];
}
