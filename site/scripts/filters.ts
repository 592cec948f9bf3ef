import { filterFromQuery, filterToQuery, isEmptyFilter, type OkrFilter } from '../../core/report/okr-filter.ts';
import type { FilterKeys } from '../data/filter-keys.ts';
import { matchesFilter, visibleRows } from './filter-match.ts';

const keysOf = (el: HTMLElement): FilterKeys => JSON.parse(el.dataset.filter ?? '{}') as FilterKeys;

function apply(filter: OkrFilter, status: HTMLElement | null): void {
  const articles = [...document.querySelectorAll<HTMLElement>('article.objective[data-filter]')];
  const rows = articles.map((a) => {
    const self = matchesFilter(keysOf(a), filter);
    const krs = [...a.querySelectorAll<HTMLElement>('.krs li[data-filter]')];
    const krMatch = krs.map((li) => self || matchesFilter(keysOf(li), filter));
    krs.forEach((li, i) => (li.hidden = !krMatch[i]));
    return { depth: Number(a.dataset.depth ?? 0), self, anyKr: krMatch.some(Boolean) };
  });
  const shown = visibleRows(rows);
  articles.forEach((a, i) => {
    a.hidden = shown[i] === 'hidden';
    a.classList.toggle('context', shown[i] === 'context');
    if (shown[i] === 'context') for (const li of a.querySelectorAll<HTMLElement>('.krs li')) li.hidden = true;
  });
  // The table (and so the CSV) keeps the key results the tree shows.
  for (const tr of document.querySelectorAll<HTMLElement>('table[data-csv] tbody tr[data-filter]')) {
    const objective = JSON.parse(tr.dataset.objectiveFilter ?? '{}') as FilterKeys;
    tr.hidden = !(matchesFilter(objective, filter) || matchesFilter(keysOf(tr), filter));
  }
  const matched = shown.filter((s) => s === 'match').length;
  if (status) status.textContent = isEmptyFilter(filter) ? `${articles.length} objectives` : `Showing ${matched} of ${articles.length} objectives`;
}

/** Reads the filter from the URL, mirrors it in the form, and writes every change back to the URL. */
export function wireFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-filters]');
  if (!form) return;
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  const initial = filterFromQuery(new URLSearchParams(location.search));
  for (const [key, value] of Object.entries(initial)) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value);
  }
  const read = (): OkrFilter => filterFromQuery(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));
  const update = () => {
    const filter = read();
    const query = filterToQuery(filter, new URLSearchParams(location.search)).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    apply(filter, status);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update));
  form.addEventListener('submit', (e) => e.preventDefault());
  apply(initial, status);
}
