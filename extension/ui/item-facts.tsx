import type { CheckIn } from '../../core/model/records.ts';

type Names = { people: Map<string, string>; teams: Map<string, string> };
const nameList = (ids: readonly string[], names: Map<string, string>) => ids.map((id) => names.get(id) ?? id).join(', ');

/** Who owns an item, its teams, tags and the latest confidence, as one line of small print. */
export function ItemFacts({ ownerIds, teamIds = [], tags, confidence, names }: { ownerIds: readonly string[]; teamIds?: readonly string[]; tags: readonly string[]; confidence: CheckIn | undefined; names: Names }) {
  return (
    <>
      {ownerIds.length > 0 ? <span class="owners" title="Owners">{nameList(ownerIds, names.people)}</span> : <span class="owners">No owner</span>}
      {teamIds.length > 0 ? <span class="teams" title="Teams">{nameList(teamIds, names.teams)}</span> : null}
      {tags.map((t) => <span class="tag">#{t}</span>)}
      {confidence ? <span class="confidence" title={`Confidence at the check-in of ${confidence.time.slice(0, 10)}`}>Confidence {confidence.confidence}/10</span> : null}
    </>
  );
}
