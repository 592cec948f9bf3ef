import type { Workspace } from '../model/workspace.ts';

/**
 * A short text that changes whenever any record is added, removed or edited (every write stamps
 * `updatedAt`). An import is planned on the page against one workspace and written later by the
 * background: equal fingerprints say nothing changed in between, so the plan still holds.
 * Order-independent, so the page and the background need not read records in the same order.
 */
export function workspaceFingerprint(ws: Workspace | undefined): string {
  if (!ws) return 'empty';
  let count = 0;
  let sumA = 0;
  let sumB = 0;
  const add = (text: string) => {
    count++;
    sumA = (sumA + fnv(text, 0x811c9dc5)) >>> 0;
    sumB = (sumB ^ fnv(text, 0x01000193)) >>> 0;
  };
  add(`workspace:${ws.workspace.id}@${ws.workspace.updatedAt}`);
  const lists = { people: ws.people, teams: ws.teams, periods: ws.periods, objectives: ws.objectives, keyResults: ws.keyResults,
    initiatives: ws.initiatives, checkIns: ws.checkIns, kpis: ws.kpis, tombstones: ws.tombstones.map((t) => ({ id: t.id, updatedAt: t.deletedAt })) };
  for (const [name, list] of Object.entries(lists)) for (const r of list) add(`${name}:${r.id}@${r.updatedAt}`);
  return `${count}-${sumA.toString(36)}-${sumB.toString(36)}`;
}

function fnv(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
