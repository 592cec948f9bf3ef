import type { FilteredRow } from '../../../core/report/filter-okrs.ts';
import { ObjectiveCard } from '../../ui/objective-card.tsx';
import type { TreeFacts } from './tree-facts.ts';

/** The period's objectives, parents before the objectives aligned to them (the order of `periodReport`). */
export function OkrTree({ rows, total, expected, facts, label }: { rows: readonly FilteredRow[]; total: number; expected: number; facts: TreeFacts; label: string }) {
  const shown = rows.filter((r) => !r.context).length;
  return (
    <section class="okr-tree" aria-label={label}>
      <p role="status" class="count">{shown === total ? `${total} objective${total === 1 ? '' : 's'}` : `${shown} of ${total} objectives match`}</p>
      {rows.length === 0 ? <p>{total === 0 ? 'No objectives in this period.' : 'Nothing matches these filters.'}</p> : rows.map((item) => <ObjectiveCard key={item.row.objective.id} item={item} expected={expected} facts={facts} />)}
    </section>
  );
}
