import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { person, team } from '../../../test/builders.ts';
import { renderDom } from '../../../test/dom/render-dom.ts';
import type { OkrFilter } from '../../../core/report/okr-filter.ts';
import { FilterBar } from './filter-bar.tsx';

const people = [person({ id: 'zoe', name: 'Zoë' }), person({ id: 'ada', name: 'Ada' })];
const teams = [team({ id: 'growth', name: 'Growth' })];

describe('FilterBar', () => {
  let dom: ReturnType<typeof renderDom> | undefined;
  afterEach(() => dom?.cleanup());

  function mount(filter: OkrFilter, me: string | undefined) {
    dom?.cleanup();
    const changes: OkrFilter[] = [];
    dom = renderDom(h(FilterBar, { filter, people, teams, tags: ['perf', 'revenue'], me, onChange: (f) => changes.push(f) }));
    return { dom, changes };
  }

  it('labels every control and lists people by name', () => {
    const { dom } = mount({}, 'ada');
    for (const id of ['filter-team', 'filter-owner', 'filter-tag', 'filter-status', 'filter-q']) expect(dom.$(`label[for="${id}"]`)?.textContent).toBeTruthy();
    expect(dom.$$('#filter-owner option').map((o) => o.textContent)).toEqual(['Anyone', 'Ada', 'Zoë']);
    expect(dom.$$('#filter-status option').map((o) => o.textContent)).toEqual(['Any status', 'On track', 'Behind', 'At risk', 'Off track', 'No check-in yet']);
    expect(dom.$('[role="search"]')?.getAttribute('aria-label')).toBe('Filter OKRs');
    expect(dom.$('button')).toBeNull(); // nothing to clear yet
  });

  it('reports each change as a whole new filter, and clears', () => {
    const { dom, changes } = mount({ team: 'growth', q: 'churn' }, 'ada');
    dom.change(dom.$('#filter-owner'), 'zoe');
    dom.change(dom.$('#filter-team'), '');
    dom.change(dom.$('#filter-q'), 'churn rate', 'input');
    dom.click(dom.$('button'));
    expect(changes).toEqual([{ team: 'growth', q: 'churn', owner: 'zoe' }, { q: 'churn' }, { team: 'growth', q: 'churn rate' }, {}]);
  });

  it('cannot filter by "mine" before knowing who I am', () => {
    expect(mount({}, undefined).dom.$('input[type="checkbox"]')?.hasAttribute('disabled')).toBe(true);
    const { dom: again, changes } = mount({}, 'ada');
    const box = again.$('input[type="checkbox"]') as HTMLInputElement;
    expect(box.hasAttribute('disabled')).toBe(false);
    box.checked = true;
    again.change(box, 'on');
    expect(changes.at(-1)).toEqual({ mine: true });
  });
});
