import { workspace } from '../home-state.ts';
import { EditButtons } from './edit-buttons.tsx';

/** The initiatives under a key result or objective, each with its edit buttons (none for observers). */
export function InitiativeList({ parentId }: { parentId: string }) {
  const initiatives = workspace.value?.initiatives.filter((i) => i.parentId === parentId) ?? [];
  if (initiatives.length === 0) return null;
  return (
    <ul class="initiatives" aria-label="Initiatives">
      {initiatives.map((i) => (
        <li key={i.id}>
          <span>{i.title}</span>
          <span class="meta">{i.status}{i.progress === undefined ? '' : ` · ${Math.round(i.progress * 100)} %`}</span>
          <EditButtons type="initiative" id={i.id} />
        </li>
      ))}
    </ul>
  );
}
