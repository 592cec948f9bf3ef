import type { TargetedEvent } from 'preact';
import type { Person, Team } from '../../../core/model/records.ts';
import { STATUS_LABELS, STATUS_ORDER } from '../../../core/report/labels.ts';
import { isEmptyFilter, type OkrFilter } from '../../../core/report/okr-filter.ts';

type Props = { filter: OkrFilter; people: readonly Person[]; teams: readonly Team[]; tags: readonly string[]; me: string | undefined; onChange: (next: OkrFilter) => void };

const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));

/** Team, owner, tag, status, "mine" and a search box; the view keeps what they say in the URL. */
export function FilterBar({ filter, people, teams, tags, me, onChange }: Props) {
  const set = (patch: OkrFilter) => onChange({ ...filter, ...patch });
  const pick = (key: 'team' | 'owner' | 'tag' | 'status') => (e: TargetedEvent<HTMLSelectElement>) => {
    const value = e.currentTarget.value;
    const next = { ...filter };
    if (value) Object.assign(next, { [key]: value });
    else delete next[key];
    onChange(next);
  };
  return (
    <form class="filters" role="search" aria-label="Filter OKRs" onSubmit={(e) => e.preventDefault()}>
      <span class="field"><label for="filter-team">Team</label><select id="filter-team" value={filter.team ?? ''} onChange={pick('team')}><option value="">All teams</option>{byName(teams).map((t) => <option value={t.id}>{t.name}{t.archived ? ' (archived)' : ''}</option>)}</select></span>
      <span class="field"><label for="filter-owner">Owner</label><select id="filter-owner" value={filter.owner ?? ''} onChange={pick('owner')}><option value="">Anyone</option>{byName(people).map((p) => <option value={p.id}>{p.name}</option>)}</select></span>
      <span class="field"><label for="filter-tag">Tag</label><select id="filter-tag" value={filter.tag ?? ''} onChange={pick('tag')}><option value="">Any tag</option>{tags.map((t) => <option value={t}>{t}</option>)}</select></span>
      <span class="field"><label for="filter-status">Status</label><select id="filter-status" value={filter.status ?? ''} onChange={pick('status')}><option value="">Any status</option>{STATUS_ORDER.map((s) => <option value={s}>{STATUS_LABELS[s]}</option>)}</select></span>
      <label title={me ? undefined : 'Say who you are first'}>
        <input type="checkbox" checked={filter.mine === true} disabled={!me} onChange={(e) => set({ mine: e.currentTarget.checked })} /> Mine
      </label>
      <span class="field"><label for="filter-q">Search</label><input id="filter-q" type="search" value={filter.q ?? ''} placeholder="Title, owner, team, tag…" onInput={(e) => set({ q: e.currentTarget.value })} /></span>
      {isEmptyFilter(filter) ? null : <button type="button" onClick={() => onChange({})}>Clear filters</button>}
    </form>
  );
}
