import { searchable } from '../../core/report/filter-okrs.ts';
import type { OkrFilter } from '../../core/report/okr-filter.ts';
import type { FilterKeys } from '../data/filter-keys.ts';

/** The rule of core's filterOkrs for one row's keys: every given field holds, every word appears. */
export function matchesFilter(keys: FilterKeys, filter: OkrFilter): boolean {
  if (filter.team && !keys.team.includes(filter.team)) return false;
  if (filter.owner && !keys.owner.includes(filter.owner)) return false;
  if (filter.tag && !keys.tag.includes(filter.tag)) return false;
  if (filter.status && keys.status !== filter.status) return false;
  const words = searchable(filter.q ?? '').split(/\s+/).filter(Boolean);
  return words.every((w) => keys.text.includes(w));
}

/**
 * Which tree rows stay (depth-first order, as period-report.ts gives them): a row that matches
 * or has a key result that does; its ancestors stay as context so the tree keeps its shape.
 */
export function visibleRows(rows: { depth: number; self: boolean; anyKr: boolean }[]): ('match' | 'context' | 'hidden')[] {
  const out: ('match' | 'context' | 'hidden')[] = rows.map(() => 'hidden');
  const ancestors: number[] = [];
  rows.forEach((row, i) => {
    ancestors.length = row.depth;
    if (row.self || row.anyKr) {
      out[i] = 'match';
      for (const a of ancestors) if (a !== undefined && out[a] === 'hidden') out[a] = 'context';
    }
    ancestors[row.depth] = i;
  });
  return out;
}
