import type { FilteredRow } from '../../core/report/filter-okrs.ts';
import { NOT_COUNTED_IN_PARENT, objectiveStatusText, percent } from '../../core/report/labels.ts';
import type { TreeFacts } from '../home/okr-tree/tree-facts.ts';
import { FindingsBadge } from './findings-badge.tsx';
import { InitiativeList } from './initiative-list.tsx';
import { ItemFacts } from './item-facts.tsx';
import { KrItem } from './kr-item.tsx';
import { ProgressBar } from './progress-bar.tsx';
import { EditButtons } from '../home/edit/edit-buttons.tsx';

/**
 * An objective in the period's tree, indented under the objective it aligns to. A `context` row is
 * shown only because something under it matched the filters: dimmed, without its key results.
 */
export function ObjectiveCard({ item, expected, facts }: { item: FilteredRow; expected: number; facts: TreeFacts }) {
  const { row, keyResults, context } = item;
  const { objective, progress, status } = row;
  return (
    <article class={`objective${context ? ' context' : ''}`} style={{ marginInlineStart: `${Math.min(row.depth, 8) * 1.5}rem` }} aria-label={objective.title}>
      <div class="objective-head">
        <h2>{objective.title}</h2>
        <FindingsBadge findings={facts.findingsBySubject.get(objective.id)} about={objective.title} />
      </div>
      <p class="meta">
        <span class={`status status-${status}`}>{objectiveStatusText(objective, status)}</span>
        <span>{percent(progress)}</span>
        {objective.commitment === 'aspirational' ? <span>Aspirational</span> : null}
        <ItemFacts ownerIds={objective.ownerIds} teamIds={objective.teamIds} tags={objective.tags} confidence={facts.confidenceOf.get(objective.id)} names={facts.names} />
        {row.leftOutOfParent ? <span class="not-counted">{NOT_COUNTED_IN_PARENT}</span> : null}
      </p>
      <EditButtons type="objective" id={objective.id} />
      <ProgressBar value={progress} expected={expected} label={`Progress of ${objective.title}`} />
      {context ? null : (
        <>
          {keyResults.length > 0 ? <ul class="krs" aria-label={`Key results of ${objective.title}`}>{keyResults.map((k) => <KrItem row={k} expected={expected} facts={facts} />)}</ul> : null}
          <InitiativeList initiatives={facts.initiativesByParent.get(objective.id)} facts={facts} />
        </>
      )}
    </article>
  );
}
