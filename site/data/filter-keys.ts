import { searchable } from '../../core/report/filter-okrs.ts';
import type { KeyResult, Objective } from '../../core/model/records.ts';
import type { SuggestedStatus } from '../../core/math/status.ts';

/** What the client-side filters match a row on, written into its data-filter attribute. */
export type FilterKeys = { team: string[]; owner: string[]; tag: string[]; status: SuggestedStatus; text: string };

type Names = { people: Map<string, string>; teams: Map<string, string> };
const ownersOf = (item: Objective | KeyResult) => (item.checkInOwnerId ? [...item.ownerIds, item.checkInOwnerId] : item.ownerIds);

/** The same fields core's filterOkrs searches: title, description, tags, owners' and teams' names. */
export function filterKeys(item: Objective | KeyResult, teamIds: readonly string[], status: SuggestedStatus, names: Names): string {
  const owner = ownersOf(item);
  const text = searchable([item.title, 'description' in item ? (item.description ?? '') : '', ...item.tags,
    ...owner.map((id) => names.people.get(id) ?? ''), ...teamIds.map((id) => names.teams.get(id) ?? '')].join('\n'));
  return JSON.stringify({ team: [...teamIds], owner, tag: item.tags, status, text } satisfies FilterKeys);
}
