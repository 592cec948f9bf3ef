import type { CheckIn, Initiative, KeyResult, Objective } from '../model/records.ts';
import type { TargetType } from '../model/vocabulary.ts';
import type { Workspace } from '../model/workspace.ts';
import { groupBy } from '../util/group-by.ts';

/** Lookups built once per workspace, so roll-ups over many objectives stay linear. */
export type WorkspaceIndex = {
  objectives: Map<string, Objective>;
  keyResults: Map<string, KeyResult>;
  keyResultsByObjective: Map<string, KeyResult[]>;
  initiativesByParent: Map<string, Initiative[]>;
  childObjectivesByParent: Map<string, Objective[]>;
  /**
   * By target type, then id: a check-in names its target by both, and a file may reuse an id
   * across types (validation refuses it, but a check-in must never be counted for the wrong record).
   */
  checkInsByTarget: Record<TargetType, Map<string, CheckIn[]>>;
};

const NONE: readonly CheckIn[] = Object.freeze([]);

/** The check-ins of one target, in input order. */
export const checkInsOf = (index: Pick<WorkspaceIndex, 'checkInsByTarget'>, type: TargetType, id: string): readonly CheckIn[] =>
  index.checkInsByTarget[type].get(id) ?? NONE;

export function indexWorkspace(ws: Pick<Workspace, 'objectives' | 'keyResults' | 'initiatives' | 'checkIns'>): WorkspaceIndex {
  return {
    objectives: new Map(ws.objectives.map((o) => [o.id, o])),
    keyResults: new Map(ws.keyResults.map((k) => [k.id, k])),
    keyResultsByObjective: groupBy(ws.keyResults, (k) => [k.objectiveId]),
    initiativesByParent: groupBy(ws.initiatives, (i) => [i.parentId]),
    childObjectivesByParent: groupBy(ws.objectives, (o) => o.parentIds),
    checkInsByTarget: {
      keyResult: groupBy(ws.checkIns.filter((c) => c.targetType === 'keyResult'), (c) => [c.targetId]),
      initiative: groupBy(ws.checkIns.filter((c) => c.targetType === 'initiative'), (c) => [c.targetId]),
      objective: groupBy(ws.checkIns.filter((c) => c.targetType === 'objective'), (c) => [c.targetId]),
      kpi: groupBy(ws.checkIns.filter((c) => c.targetType === 'kpi'), (c) => [c.targetId]),
    },
  };
}
