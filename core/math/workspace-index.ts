import type { CheckIn, Initiative, KeyResult, Objective } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { groupBy } from '../util/group-by.ts';

/** Lookups built once per workspace, so roll-ups over many objectives stay linear. */
export type WorkspaceIndex = {
  objectives: Map<string, Objective>;
  keyResults: Map<string, KeyResult>;
  keyResultsByObjective: Map<string, KeyResult[]>;
  initiativesByParent: Map<string, Initiative[]>;
  childObjectivesByParent: Map<string, Objective[]>;
  checkInsByTarget: Map<string, CheckIn[]>;
};

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
