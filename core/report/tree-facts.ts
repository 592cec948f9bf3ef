import type { Finding } from '../quality/rule.ts';
import { runQualityChecks } from '../quality/run-checks.ts';
import type { CheckIn, Initiative } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { namesOf } from './filter-okrs.ts';
import { groupBy } from '../util/group-by.ts';

/** What the tree shows beside each item, computed once per workspace the background sends (a new object after every change). */
export type TreeFacts = {
  names: ReturnType<typeof namesOf>;
  findingsBySubject: Map<string, Finding[]>;
  initiativesByParent: Map<string, Initiative[]>;
  /** The latest check-in giving a confidence, by target id. */
  confidenceOf: Map<string, CheckIn>;
  tags: string[];
};

const cache = new WeakMap<Workspace, TreeFacts>();

export function treeFacts(ws: Workspace): TreeFacts {
  const hit = cache.get(ws);
  if (hit) return hit;
  const confidenceOf = new Map<string, CheckIn>();
  for (const c of ws.checkIns) {
    if (c.confidence === undefined) continue;
    const seen = confidenceOf.get(c.targetId);
    if (!seen || Date.parse(c.time) > Date.parse(seen.time)) confidenceOf.set(c.targetId, c);
  }
  const tags = new Set([...(ws.workspace.settings.tags ?? []), ...ws.objectives.flatMap((o) => o.tags), ...ws.keyResults.flatMap((k) => k.tags)]);
  const facts: TreeFacts = {
    names: namesOf(ws),
    findingsBySubject: groupBy(runQualityChecks(ws), (f) => [f.subject.id]),
    initiativesByParent: groupBy(ws.initiatives, (i) => [i.parentId]),
    confidenceOf,
    tags: [...tags].sort((a, b) => a.localeCompare(b)),
  };
  cache.set(ws, facts);
  return facts;
}
