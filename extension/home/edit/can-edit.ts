import type { Workspace } from '../../../core/model/workspace.ts';

/**
 * Observers see everything and edit nothing: the page renders no edit control for them (the
 * background refuses their writes as well). Before anyone said who they are, editing is open.
 */
export function canEdit(ws: Pick<Workspace, 'people'>, me: string | undefined): boolean {
  if (me === undefined) return true;
  return ws.people.find((p) => p.id === me)?.role !== 'observer';
}
