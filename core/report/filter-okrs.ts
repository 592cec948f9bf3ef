import type { Initiative, KeyResult, Objective } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import type { KrRow, ObjectiveRow } from './period-report.ts';
import { isEmptyFilter, type OkrFilter } from './okr-filter.ts';

/**
 * A row of the filtered tree. `context` marks an objective shown only because something aligned
 * under it matched, so the tree keeps its shape and the page can dim it.
 */
export type FilteredRow = { row: ObjectiveRow; keyResults: KrRow[]; context: boolean };

/** Lower case without accents, so `resume` finds `Résumé`. */
export const searchable = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type Names = { people: Map<string, string>; teams: Map<string, string> };
export const namesOf = (ws: Pick<Workspace, 'people' | 'teams'>): Names => ({
  people: new Map(ws.people.map((p) => [p.id, p.name])), teams: new Map(ws.teams.map((t) => [t.id, t.name])),
});

const ownersOf = (item: Objective | KeyResult) => (item.checkInOwnerId ? [...item.ownerIds, item.checkInOwnerId] : item.ownerIds);

/**
 * The period's tree narrowed to `filter`. An objective that matches keeps all its key results;
 * otherwise it stays with only the key results that match (a key result belongs to its objective's
 * teams). Search looks in titles, descriptions, tags, owners' and teams' names and the titles of
 * initiatives; every word typed must appear. `me` is who "mine" means.
 */
export function filterOkrs(rows: readonly ObjectiveRow[], filter: OkrFilter, ctx: { me: string | undefined; names: Names; initiativesByParent: Map<string, Initiative[]> }): FilteredRow[] {
  if (isEmptyFilter(filter)) return rows.map((row) => ({ row, keyResults: row.keyResults, context: false }));
  const words = searchable(filter.q ?? '').split(/\s+/).filter(Boolean);
  const textOf = (item: Objective | KeyResult, teamIds: readonly string[], extra: string[]) =>
    searchable([item.title, ...extra, ...item.tags, ...ownersOf(item).map((id) => ctx.names.people.get(id) ?? ''), ...teamIds.map((id) => ctx.names.teams.get(id) ?? ''),
      ...(ctx.initiativesByParent.get(item.id) ?? []).map((i) => i.title)].join('\n'));
  const matches = (item: Objective | KeyResult, teamIds: readonly string[], status: string, extra: string[]) => {
    const owners = ownersOf(item);
    if (filter.team && !teamIds.includes(filter.team)) return false;
    if (filter.owner && !owners.includes(filter.owner)) return false;
    if (filter.mine && (ctx.me === undefined || !owners.includes(ctx.me))) return false;
    if (filter.tag && !item.tags.includes(filter.tag)) return false;
    if (filter.status && status !== filter.status) return false;
    if (words.length === 0) return true;
    const text = textOf(item, teamIds, extra);
    return words.every((w) => text.includes(w));
  };

  const kept: (FilteredRow | undefined)[] = rows.map(() => undefined);
  // Rows come depth-first (period-report.ts): the open ancestors of a row are the last row seen at each smaller depth.
  const ancestors: number[] = [];
  rows.forEach((row, i) => {
    ancestors.length = row.depth;
    const { objective } = row;
    const self = matches(objective, objective.teamIds, row.status, objective.description ? [objective.description] : []);
    const keyResults = self ? row.keyResults : row.keyResults.filter((k) => matches(k.keyResult, objective.teamIds, k.status, []));
    if (self || keyResults.length > 0) {
      kept[i] = { row, keyResults, context: false };
      for (const a of ancestors) if (a !== undefined) kept[a] ??= { row: rows[a]!, keyResults: [], context: true };
    }
    ancestors[row.depth] = i;
  });
  return kept.filter((r) => r !== undefined);
}
