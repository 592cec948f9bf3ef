import type { Person, Team } from '../../../core/model/records.ts';
import { STATUS_LABELS, STATUS_ORDER } from '../../../core/report/labels.ts';
import { isEmptyFilter, type OkrFilter } from '../../../core/report/okr-filter.ts';

type Props = { filter: OkrFilter; people: readonly Person[]; teams: readonly Team[]; tags: readonly string[]; me: string | undefined; onChange: (next: OkrFilter) => void };

const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));

/** Team, owner, tag, status, "mine" and a search box; the view keeps what they say in the URL. */
export function FilterBar({ filter, people, teams, tags, me, onChange }: Props) {
  const set = (patch: OkrFilter) => onChange({ ...filter, ...patch });
  const pick = (key: 'team' | 'owner' | 'tag' | 'status') => (e: Event) => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    const next = { ...filter };
    if (value) Object.assign(next, { [key]: value });
    else delete next[key];
    onChange(next);
  };
  return (
    <form class="filters" role="search" aria-label="Filter OKRs" onSubmit={(e) => e.preventDefault()}>
      <label>Team <select value={filter.team ?? ''} onChange={pick('team')}><option value="">All teams</option>{byName(teams).map((t) => <option value={t.id}>{t.name}{t.archived ? ' (archived)' : ''}</option>)}</select></label>
      <label>Owner <select value={filter.owner ?? ''} onChange={pick('owner')}><option value="">Anyone</option>{byName(people).map((p) => <option value={p.id}>{p.name}</option>)}</select></label>
      <label>Tag <select value={filter.tag ?? ''} onChange={pick('tag')}><option value="">Any tag</option>{tags.map((t) => <option value={t}>{t}</option>)}</select></label>
      <label>Status <select value={filter.status ?? ''} onChange={pick('status')}><option value="">Any status</option>{STATUS_ORDER.map((s) => <option value={s}>{STATUS_LABELS[s]}</option>)}</select></label>
      <label title={me ? undefined : 'Say who you are first'}>
        <input type="checkbox" checked={filter.mine === true} disabled={!me} onChange={(e) => set({ mine: e.currentTarget.checked })} /> Mine
      </label>
      <label>Search <input type="search" value={filter.q ?? ''} placeholder="Title, owner, team, tag…" onInput={(e) => set({ q: e.currentTarget.value })} /></label>
      {isEmptyFilter(filter) ? null : <button type="button" onClick={() => onChange({})}>Clear filters</button>}
    </form>
  );
}
