import type { KrRow } from '../../core/report/period-report.ts';
import { EXCLUSION_LABELS, krProgressText, STATUS_LABELS } from '../../core/report/labels.ts';
import type { TreeFacts } from '../home/okr-tree/tree-facts.ts';
import { EditButtons } from '../home/edit/edit-buttons.tsx';
import { routeHref } from '../home/route.ts';
import { FindingsBadge } from './findings-badge.tsx';
import { InitiativeList } from './initiative-list.tsx';
import { ItemFacts } from './item-facts.tsx';
import { ProgressBar } from './progress-bar.tsx';

/** One key result in the tree: a link to its page, progress against pace, and what hangs under it. */
export function KrItem({ row, expected, facts }: { row: KrRow; expected: number; facts: TreeFacts }) {
  const { keyResult: kr, progress, status, excluded } = row;
  return (
    <li class="kr">
      <div class="kr-head">
        <a href={routeHref('kr', kr.id)}>{kr.title}</a>
        <FindingsBadge findings={facts.findingsBySubject.get(kr.id)} about={kr.title} />
        <span class={`status status-${status}`}>{progress.state === 'measured' ? `${STATUS_LABELS[status]} · ${krProgressText(progress)}` : krProgressText(progress)}</span>
      </div>
      <ProgressBar value={progress.state === 'measured' ? progress.progress : undefined} expected={expected} label={`Progress of ${kr.title}`} />
      <p class="meta">
        <ItemFacts ownerIds={kr.ownerIds} tags={kr.tags} confidence={facts.confidenceOf.get(kr.id)} names={facts.names} />
        {excluded ? <span class="not-counted">{EXCLUSION_LABELS[excluded]}</span> : null}
      </p>
      <EditButtons type="keyResult" id={kr.id} />
      <InitiativeList initiatives={facts.initiativesByParent.get(kr.id)} facts={facts} />
    </li>
  );
}
