import { me, workspace } from '../home-state.ts';
import { routeHref } from '../route.ts';
import { AddObjective } from './add-objective.tsx';
import { canEdit } from './can-edit.ts';
import { UndoToast } from './undo-toast.tsx';

/** What the OKRs view shows above a period's tree for people who may edit: add, close the period, undo. */
export function EditBar({ periodId }: { periodId: string }) {
  const ws = workspace.value;
  if (!ws || !canEdit(ws, me.value)) return null;
  return (
    <div class="edit-bar">
      <AddObjective periodId={periodId} />
      <a href={routeHref('close', periodId)}>Close this period…</a>
      <UndoToast />
    </div>
  );
}
