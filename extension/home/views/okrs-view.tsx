import { filterFromQuery, filterToQuery, type OkrFilter } from '../../../core/report/okr-filter.ts';
import { periodsByStart, workspaceCurrentPeriod } from '../../../core/report/today.ts';
import { FilterBar } from '../okr-tree/filter-bar.tsx';
import { treeFacts } from '../okr-tree/tree-facts.ts';
import { replaceQuery } from '../route.ts';
import { PeriodView } from '../period-view.tsx';
import { EditBar } from '../edit/edit-bar.tsx';
import type { ViewProps } from '../views.tsx';

/** A period's OKRs; the period and the filters are part of the URL, so a shared link opens the same view. */
export function OkrsView({ ws, route, me }: ViewProps) {
  const sorted = periodsByStart(ws.periods);
  const asked = route.query.get('period');
  const selected = (asked && ws.periods.some((p) => p.id === asked) ? asked : undefined) ?? workspaceCurrentPeriod(ws, new Date())?.id ?? sorted.at(-1)?.id;
  const filter = filterFromQuery(route.query);
  const choose = (id: string) => {
    const query = new URLSearchParams(route.query);
    query.set('period', id);
    replaceQuery(query);
  };
  const setFilter = (next: OkrFilter) => replaceQuery(filterToQuery(next, route.query));
  return (
    <>
      <div class="view-bar">
        <label>
          Period{' '}
          <select value={selected} onChange={(e) => choose(e.currentTarget.value)}>
            {sorted.map((p) => <option value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <FilterBar filter={filter} people={ws.people} teams={ws.teams} tags={treeFacts(ws).tags} me={me} onChange={setFilter} />
      </div>
      {selected ? <EditBar periodId={selected} /> : null}
      {selected ? <PeriodView ws={ws} periodId={selected} filter={filter} me={me} /> : <p>No periods yet.</p>}
    </>
  );
}
