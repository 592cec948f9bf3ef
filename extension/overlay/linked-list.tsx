import { useState } from 'preact/hooks';
import type { LinkedItem } from '../../core/report/link-summary.ts';
import type { EntityRef, PageEntity } from '../sites/site-types.ts';
import type { OverlayActions } from './overlay-actions.ts';
import type { PageSummary } from './page-summary.ts';
import { ProgressLine } from './progress-line.tsx';

type Props = { summary: PageSummary; entity: PageEntity | undefined; container: EntityRef | undefined; actions: OverlayActions; disabled: boolean };

function Item({ item, unlink }: { item: LinkedItem; unlink?: () => void }) {
  return (
    <li class="item">
      <div class="item-title">{item.title}</div>
      <div class="meta">{item.objectiveTitle}{item.periodName ? ` · ${item.periodName}` : ''}</div>
      <ProgressLine item={item} />
      {unlink ? <button type="button" class="plain" aria-label={`Unlink ${item.title}`} onClick={unlink}>Unlink</button> : null}
    </li>
  );
}

/** What is linked to the entity, then what is linked to its container (the project, the repository, the account). */
export function LinkedList({ summary, entity, container, actions, disabled }: Props) {
  const [problem, setProblem] = useState<string>();
  const unlink = (item: LinkedItem) => async () => {
    if (!entity) return;
    const result = await actions.unlink(item, entity.key);
    setProblem(result.ok ? undefined : result.error.message);
  };
  if (summary.linked.length + summary.viaContainer.length === 0)
    return <p class="meta">Nothing is linked to {entity?.label ?? 'this page'} yet.</p>;
  return (
    <>
      {summary.linked.length > 0 ? (
        <>
          <h2>Linked to {entity?.label}</h2>
          <ul>{summary.linked.map((item) => <Item key={item.id} item={item} unlink={disabled ? undefined : unlink(item)} />)}</ul>
        </>
      ) : null}
      {summary.viaContainer.length > 0 ? (
        <>
          <h2>Linked to {container?.label ?? 'its container'}</h2>
          <ul>{summary.viaContainer.map((item) => <Item key={item.id} item={item} />)}</ul>
        </>
      ) : null}
      {problem ? <p class="alert" role="alert">{problem}</p> : null}
    </>
  );
}
