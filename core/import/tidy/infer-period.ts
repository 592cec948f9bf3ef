import { quarterPeriod } from '../../math/periods.ts';
import type { Draft } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import { parseDateAs } from '../loose-dates.ts';
import type { Problem } from '../problems.ts';

const quarterOf = (isoDate: string) => {
  const [y, m] = [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7))];
  return quarterPeriod(y, Math.ceil(m / 3), '1970-01-01T00:00:00.000Z').name;
};

/**
 * A file without a period column: each top objective takes the quarter of the latest due date
 * among its rows, else the file's latest, else the quarter of `now`; the import says which it
 * chose. `--period` (defaultPeriod) overrides all of it. Runs after tidyDates (due cells are ISO).
 */
export function inferPeriods(file: string, map: HeaderMap, drafts: readonly Draft[], options: { now: string; defaultPeriod?: string }, problems: Problem[]): void {
  if (map.fields.has('period') || options.defaultPeriod) return;
  const roots = drafts.filter((d) => d.type === 'objective' && d.parentKey === undefined && !d.parentTitle);
  if (roots.length === 0) return;
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const rootOf = (d: Draft): Draft => {
    let at = d;
    for (let hops = 0; at.parentKey !== undefined && hops < 100; hops++) at = byKey.get(at.parentKey) ?? at;
    return at;
  };
  const latest = new Map<Draft, string>();
  let fileLatest: string | undefined;
  for (const d of drafts) {
    // Validated, not just shaped like a date: a month 13 must not reach quarterPeriod.
    const due = d.cells.due ? parseDateAs(d.cells.due.text, 'mdy')?.slice(0, 10) : undefined;
    if (!due) continue;
    const root = rootOf(d);
    if ((latest.get(root) ?? '') < due) latest.set(root, due);
    if ((fileLatest ?? '') < due) fileLatest = due;
  }
  const fallback = quarterOf(fileLatest ?? options.now.slice(0, 10));
  const dueColumn = map.columns[map.fields.get('due') ?? -1];
  const chosen = new Set<string>();
  for (const root of roots) {
    const name = latest.has(root) ? quarterOf(latest.get(root)!) : fallback;
    chosen.add(name);
    root.cells.period = { text: name, column: dueColumn ?? 'Period' };
  }
  const names = [...chosen].sort().join(', ');
  const from = fileLatest ? ` from the due dates in column "${dueColumn}"` : ', the current quarter, as no row has a due date';
  problems.push({ file, severity: 'warning', message: `has no period column: took ${names}${from}; import with --period to choose another` });
}
