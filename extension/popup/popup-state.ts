import { signal } from '@preact/signals';
import type { Workspace } from '../../core/model/workspace.ts';
import { send } from '../messages/client.ts';
import { onChanged } from '../messages/subscribe.ts';

export type PopupLoad = { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; message: string };

// What the popup computes from: the workspace and who I am, refreshed after every broadcast so a
// check-in made in another window moves the list here too.
export const popupLoad = signal<PopupLoad>({ phase: 'loading' });
export const popupWorkspace = signal<Workspace | undefined>(undefined);
export const popupMe = signal<string | undefined>(undefined);

export async function refreshPopup(): Promise<void> {
  const [ws, who] = await Promise.all([send({ type: 'workspace.get' }), send({ type: 'me.get' })]);
  if (!ws.ok || !who.ok) {
    popupLoad.value = { phase: 'failed', message: !ws.ok ? ws.error.message : !who.ok ? who.error.message : '' };
    return;
  }
  popupWorkspace.value = ws.value;
  popupMe.value = who.value.personId;
  popupLoad.value = { phase: 'ready' };
}

export function followPopupChanges(): () => void {
  void refreshPopup();
  return onChanged(() => void refreshPopup());
}
