import { Component } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FilteredRow } from '../../../core/report/filter-okrs.ts';
import { ObjectiveCard } from '../../ui/objective-card.tsx';
import type { TreeFacts } from './tree-facts.ts';

// A big workspace (thousands of key results) paints its first screen of objectives at once and
// the rest in slices between frames, so the page shows something well before it has built all.
export const FIRST_SLICE = 25;
const NEXT_SLICE = 100;

type SliceProps = { rows: readonly FilteredRow[]; expected: number; facts: TreeFacts };

/** A run of objectives that is not drawn again while the next slice is added. */
class Slice extends Component<SliceProps> {
  override shouldComponentUpdate(next: SliceProps) {
    return next.rows !== this.props.rows || next.expected !== this.props.expected || next.facts !== this.props.facts;
  }
  override render({ rows, expected, facts }: SliceProps) {
    return <>{rows.map((item) => <ObjectiveCard key={item.row.objective.id} item={item} expected={expected} facts={facts} />)}</>;
  }
}

const slicesOf = (rows: readonly FilteredRow[]) => {
  const slices = [rows.slice(0, FIRST_SLICE)];
  for (let i = FIRST_SLICE; i < rows.length; i += NEXT_SLICE) slices.push(rows.slice(i, i + NEXT_SLICE));
  return slices;
};

type TreeProps = { rows: readonly FilteredRow[]; total: number; expected: number; facts: TreeFacts; label: string };
/** The first screen's rows: how many match in all (`shown`), and whether more rows are still to come. */
type FirstProps = { shown?: number; pending?: boolean };

/** The period's objectives, parents before the objectives aligned to them (the order of `periodReport`). */
export function OkrTree({ rows, total, expected, facts, label, shown: matching, pending = false }: TreeProps & FirstProps) {
  const slices = useMemo(() => slicesOf(rows), [rows]);
  const [count, setCount] = useState(1);
  const complete = count >= slices.length && !pending;
  useEffect(() => {
    if (count >= slices.length) return;
    const timer = setTimeout(() => setCount((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [count, complete]);
  const shown = matching ?? rows.filter((r) => !r.context).length;
  return (
    <section class="okr-tree" aria-label={label} aria-busy={complete ? 'false' : 'true'}>
      <p role="status" class="count">{shown === total ? `${total} objective${total === 1 ? '' : 's'}` : `${shown} of ${total} objectives match`}</p>
      {rows.length === 0 ? <p>{total === 0 ? 'No objectives in this period.' : 'Nothing matches these filters.'}</p> : slices.slice(0, count).map((slice, i) => <Slice key={i} rows={slice} expected={expected} facts={facts} />)}
    </section>
  );
}
