import type { CheckIn, Initiative, KeyResult, Objective } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';

/** Lookups built once per workspace, so roll-ups over many objectives stay linear. */
export type WorkspaceIndex = {
  objectives: Map<string, Objective>;
  keyResults: Map<string, KeyResult>;
  keyResultsByObjective: Map<string, KeyResult[]>;
  initiativesByParent: Map<string, Initiative[]>;
  childObjectivesByParent: Map<string, Objective[]>;
  checkInsByTarget: Map<string, CheckIn[]>;
};

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

export function indexWorkspace(ws: Pick<Workspace, 'objectives' | 'keyResults' | 'initiatives' | 'checkIns'>): WorkspaceIndex {
  return {
    objectives: new Map(ws.objectives.map((o) => [o.id, o])),
    keyResults: new Map(ws.keyResults.map((k) => [k.id, k])),
    keyResultsByObjective: groupBy(ws.keyResults, (k) => [k.objectiveId]),
    initiativesByParent: groupBy(ws.initiatives, (i) => [i.parentId]),
    childObjectivesByParent: groupBy(ws.objectives, (o) => o.parentIds),
    checkInsByTarget: groupBy(ws.checkIns, (c) => [c.targetId]),
  };
}
