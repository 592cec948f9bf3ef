import { useMemo } from 'preact/hooks';
import type { FirstScreen, FirstTree } from '../../../core/report/first-screen.ts';
import { namesOf } from '../../../core/report/filter-okrs.ts';
import { percent, rollupSummary } from '../../../core/report/labels.ts';
import type { TreeFacts } from '../../../core/report/tree-facts.ts';
import { filterFromQuery, filterToQuery, type OkrFilter } from '../../../core/report/okr-filter.ts';
import { periodsByStart } from '../../../core/report/today.ts';
import { FindingsBadge } from '../../ui/findings-badge.tsx';
import { me } from '../home-state.ts';
import { FilterBar } from '../okr-tree/filter-bar.tsx';
import { OkrTree } from '../okr-tree/okr-tree.tsx';
import { replaceQuery, type Route } from '../route.ts';

const factsOf = (screen: FirstScreen, tree: FirstTree): TreeFacts => ({
  names: namesOf(screen),
  findingsBySubject: new Map(tree.findings),
  initiativesByParent: new Map(tree.initiatives),
  confidenceOf: new Map(tree.confidence),
  tags: screen.tags,
});

/**
 * The OKRs view (views/okrs-view.tsx and period-view.tsx, same markup) drawn from the rows the
 * background computed, while the whole workspace is still on its way; the tree says it is busy.
 * Once the period or a filter changed (`current` false), those rows are not what was asked for.
 */
export function FirstScreenView({ screen, route, current }: { screen: FirstScreen; route: Route; current: boolean }) {
  const { tree } = screen;
  const facts = useMemo(() => (tree ? factsOf(screen, tree) : undefined), [screen]);
  const filter = filterFromQuery(route.query);
  const setFilter = (next: OkrFilter) => replaceQuery(filterToQuery(next, route.query));
  const choose = (id: string) => {
    const query = new URLSearchParams(route.query);
    query.set('period', id);
    replaceQuery(query);
  };
  return (
    <>
      <div class="view-bar">
        <label>
          Period{' '}
          <select value={route.query.get('period') ?? screen.periodId} onChange={(e) => choose(e.currentTarget.value)}>
            {periodsByStart(screen.periods).map((p) => <option value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <FilterBar filter={filter} people={screen.people} teams={screen.teams} tags={screen.tags} me={me.value} onChange={setFilter} />
      </div>
      {!current ? <p role="status">Opening your OKRs…</p> : !screen.periodId ? <p>No periods yet.</p> : !tree || !facts ? <p>Unknown period.</p> : (
        <>
          <p class="pace">
            Expected by today ({tree.timeZone}): {percent(tree.expected)} · {rollupSummary(screen.workspace.settings.rollup)}
            <FindingsBadge findings={tree.ownerFindings} about={`owners in ${tree.period.name}`} />
          </p>
          <OkrTree rows={tree.rows} total={tree.total} shown={tree.shown} pending={tree.more} expected={tree.expected} facts={facts} label={`Objectives in ${tree.period.name}`} />
        </>
      )}
    </>
  );
}
