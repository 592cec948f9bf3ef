import type { Initiative } from '../../core/model/records.ts';
import { INITIATIVE_STATUS_LABELS, percent } from '../../core/report/labels.ts';
import type { TreeFacts } from '../home/okr-tree/tree-facts.ts';
import { EditButtons } from '../home/edit/edit-buttons.tsx';
import { FindingsBadge } from './findings-badge.tsx';


/** Initiatives (the work) under a key result or an objective. */
export function InitiativeList({ initiatives, facts }: { initiatives: readonly Initiative[] | undefined; facts: TreeFacts }) {
  if (!initiatives || initiatives.length === 0) return null;
  return (
    <ul class="initiatives" aria-label="Initiatives">
      {initiatives.map((i) => (
        <li key={i.id}>
          <span class="initiative-title">{i.title}</span>
          <FindingsBadge findings={facts.findingsBySubject.get(i.id)} about={i.title} />
          <span class="initiative-meta"> · {INITIATIVE_STATUS_LABELS[i.status]}{i.progress === undefined ? '' : ` · ${percent(i.progress)}`}{i.ownerIds.length > 0 ? ` · ${i.ownerIds.map((id) => facts.names.people.get(id) ?? id).join(', ')}` : ''}</span>
          <EditButtons type="initiative" id={i.id} />
        </li>
      ))}
    </ul>
  );
}
