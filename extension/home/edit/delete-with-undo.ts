import { signal } from '@preact/signals';
import type { Workspace } from '../../../core/model/workspace.ts';
import type { EditableType } from '../../messages/drafts.ts';
import { send } from '../../messages/client.ts';

type Held = Pick<Workspace, 'objectives' | 'keyResults' | 'initiatives'>;
export type UndoOffer = { text: string; held: Held; error?: string };

/** The last delete, offered back until the next one or an undo. */
export const undoOffer = signal<UndoOffer | undefined>(undefined);

const TITLE_OF = { objective: 'objectives', keyResult: 'keyResults', initiative: 'initiatives' } as const satisfies Record<EditableType, keyof Held>;

/**
 * Deletes a record (an objective takes its key results and initiatives along) and keeps what the
 * page held of them, so an undo can bring back exactly those. Returns an error message, if any.
 */
export async function deleteWithUndo(ws: Workspace, type: EditableType, id: string): Promise<string | undefined> {
  const title = ws[TITLE_OF[type]].find((r) => r.id === id)?.title ?? id;
  const result = await send({ type: `${type}.delete`, id });
  if (!result.ok) return result.error.message;
  const gone = new Set(result.value.deleted.map((d) => d.id));
  const held: Held = { objectives: ws.objectives.filter((o) => gone.has(o.id)), keyResults: ws.keyResults.filter((k) => gone.has(k.id)), initiatives: ws.initiatives.filter((i) => gone.has(i.id)) };
  const more = gone.size > 1 ? ` and ${gone.size - 1} record${gone.size > 2 ? 's' : ''} under it` : '';
  undoOffer.value = { text: `Deleted “${title}”${more}.`, held };
  return undefined;
}

export async function undoDelete(): Promise<void> {
  const offer = undoOffer.value;
  if (!offer) return;
  const result = await send({ type: 'records.restore', ...offer.held });
  undoOffer.value = result.ok ? undefined : { ...offer, error: result.error.message };
}
