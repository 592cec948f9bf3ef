import { useRef, useState } from 'preact/hooks';
import type { Workspace } from '../../../core/model/workspace.ts';
import type { Editable, EditableType } from '../../messages/drafts.ts';
import { me, workspace } from '../home-state.ts';
import { canEdit } from './can-edit.ts';
import { deleteWithUndo } from './delete-with-undo.ts';
import { InitiativeForm } from './initiative-form.tsx';
import { KeyResultForm } from './key-result-form.tsx';
import { ObjectiveForm } from './objective-form.tsx';

type Mode = 'none' | 'edit' | 'add-child';

// Every row of the tree has these buttons: one lookup table per workspace, not a scan per row.
const tables = new WeakMap<Workspace, { [T in EditableType]: Map<string, Editable[T]> }>();
function itemsOf(ws: Workspace) {
  let t = tables.get(ws);
  if (!t) {
    t = { objective: new Map(ws.objectives.map((r) => [r.id, r])), keyResult: new Map(ws.keyResults.map((r) => [r.id, r])), initiative: new Map(ws.initiatives.map((r) => [r.id, r])) };
    tables.set(ws, t);
  }
  return t;
}
const NOUN = { objective: 'objective', keyResult: 'key result', initiative: 'initiative' } as const satisfies Record<EditableType, string>;
const CHILD = { objective: 'Add key result', keyResult: 'Add initiative', initiative: undefined } as const satisfies Record<EditableType, string | undefined>;

/**
 * Edit, delete (with undo) and add-below buttons for one objective, key result or initiative,
 * and the form they open in place. Observers get nothing. Reads the workspace and `me` from the
 * home page's state, so a list only has to say which record.
 */
export function EditButtons({ type, id }: { type: EditableType; id: string }) {
  const [mode, setMode] = useState<Mode>('none');
  const [error, setError] = useState<string>();
  const opener = useRef<HTMLButtonElement | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const childRef = useRef<HTMLButtonElement>(null);
  const ws = workspace.value;
  if (!ws || !canEdit(ws, me.value)) return null;
  const record = itemsOf(ws)[type].get(id);
  if (!record) return null;
  const open = (next: Mode, button: HTMLButtonElement | null) => {
    opener.current = button;
    setMode(next);
  };
  const close = () => {
    setMode('none');
    requestAnimationFrame(() => opener.current?.focus());
  };
  const child = CHILD[type];
  const form = (() => {
    if (mode === 'none') return null;
    if (mode === 'edit' && type === 'objective' && 'periodId' in record) return <ObjectiveForm ws={ws} me={me.value} periodId={record.periodId} objective={record} onSaved={close} onCancel={close} />;
    if (mode === 'edit' && type === 'keyResult' && 'objectiveId' in record) return <KeyResultForm ws={ws} me={me.value} objectiveId={record.objectiveId} keyResult={record} onSaved={close} onCancel={close} />;
    if (mode === 'edit' && 'parentType' in record) return <InitiativeForm ws={ws} me={me.value} parent={{ type: record.parentType, id: record.parentId }} initiative={record} onSaved={close} onCancel={close} />;
    if (mode === 'add-child' && type === 'objective') return <KeyResultForm ws={ws} me={me.value} objectiveId={id} onSaved={() => undefined} onCancel={close} />;
    if (mode === 'add-child' && type === 'keyResult') return <InitiativeForm ws={ws} me={me.value} parent={{ type: 'keyResult', id }} onSaved={close} onCancel={close} />;
    return null;
  })();
  return (
    <div class="edit-buttons">
      <button type="button" ref={editRef} aria-expanded={mode === 'edit'} aria-label={`Edit ${NOUN[type]} “${record.title}”`} onClick={() => open('edit', editRef.current)}>Edit</button>
      <button type="button" aria-label={`Delete ${NOUN[type]} “${record.title}”`} onClick={async () => setError(await deleteWithUndo(ws, type, id))}>Delete</button>
      {child ? <button type="button" ref={childRef} aria-expanded={mode === 'add-child'} aria-label={`${child} to “${record.title}”`} onClick={() => open('add-child', childRef.current)}>{child}</button> : null}
      {error ? <p role="alert">{error}</p> : null}
      {form}
    </div>
  );
}
