import type { Objective, Team } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';

/** A place in the tree; an objective aligned to two parents appears under each. */
export type AlignmentNode = { objective: Objective; depth: number };
export type TeamObjectives = { team: Team; objectives: { objective: Objective; sharedWith: Team[] }[] };
export type Alignment = { tree: AlignmentNode[]; byTeam: TeamObjectives[]; unaligned: AlignmentNode[] };

/**
 * The company's objectives for a period as one tree from the top: the period's public objectives
 * and everything they align to (an annual objective above a quarter's), from the org-level
 * objectives with no parent down. Objectives with no parent below the org level are unaligned
 * and listed apart with what hangs under them. Each team lists its objectives, shared ones too.
 */
export function alignmentTree(ws: Pick<Workspace, 'objectives' | 'teams'>, periodId: string): Alignment {
  const byId = new Map(ws.objectives.filter((o) => !o.private).map((o) => [o.id, o]));
  const inPeriod = [...byId.values()].filter((o) => o.periodId === periodId);
  const shown = new Set<string>();
  const todo = inPeriod.map((o) => o.id);
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (shown.has(id) || !byId.has(id)) continue;
    shown.add(id);
    todo.push(...byId.get(id)!.parentIds);
  }
  const children = new Map<string, Objective[]>();
  // Children and roots in the data's order, as the period report lists them.
  const ordered = [...byId.values()].filter((o) => shown.has(o.id));
  for (const o of ordered) for (const p of o.parentIds) if (shown.has(p)) children.set(p, [...(children.get(p) ?? []), o]);

  // Depth-first without recursion; the path guards against alignment cycles.
  const subtree = (root: Objective): AlignmentNode[] => {
    const out: AlignmentNode[] = [];
    const stack: { o: Objective; depth: number; path: Set<string> }[] = [{ o: root, depth: 0, path: new Set() }];
    while (stack.length > 0) {
      const { o, depth, path } = stack.pop()!;
      if (path.has(o.id)) continue;
      out.push({ objective: o, depth });
      const next = new Set(path).add(o.id);
      const kids = children.get(o.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ o: kids[i]!, depth: depth + 1, path: next });
    }
    return out;
  };
  const roots = ordered.filter((o) => !o.parentIds.some((p) => shown.has(p)));
  const tree = roots.filter((o) => o.level === 'org').flatMap(subtree);
  const unaligned = roots.filter((o) => o.level !== 'org').flatMap(subtree);
  const teams = new Map(ws.teams.map((t) => [t.id, t]));
  const byTeam = ws.teams
    .filter((t) => !t.archived)
    .map((team) => ({
      team,
      objectives: inPeriod.filter((o) => o.teamIds.includes(team.id)).map((objective) => ({
        objective, sharedWith: objective.teamIds.filter((id) => id !== team.id).map((id) => teams.get(id)).filter((t): t is Team => t !== undefined),
      })),
    }))
    .filter((t) => t.objectives.length > 0);
  return { tree, byTeam, unaligned };
}
