import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initiative, keyResult, objective, person, workspace as workspaceOf } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { me, workspace } from '../home-state.ts';
import { undoOffer } from './delete-with-undo.ts';
import { mount } from './dom-kit.ts';
import { EditButtons } from './edit-buttons.tsx';
import { UndoToast } from './undo-toast.tsx';

const sent: Request[] = [];
vi.mock('../../messages/client.ts', () => ({
  send: async (request: Request) => {
    sent.push(request);
    if (request.type === 'objective.delete') return { ok: true, value: { deleted: [{ type: 'objective', id: 'o1' }, { type: 'keyResult', id: 'k1' }, { type: 'initiative', id: 'i1' }], backupId: 'b1' } };
    return { ok: true, value: { restored: [] } };
  },
}));

const ws = workspaceOf({
  people: [person({ id: 'ada' }), person({ id: 'noor', role: 'observer' })],
  objectives: [objective({ id: 'o1', title: 'Grow' }), objective({ id: 'o2', title: 'Keep' })],
  keyResults: [keyResult({ id: 'k1', objectiveId: 'o1' }), keyResult({ id: 'k2', objectiveId: 'o2' })],
  initiatives: [initiative({ id: 'i1', parentId: 'k1', parentType: 'keyResult' })],
});

beforeEach(() => {
  sent.length = 0;
  workspace.value = ws;
  undoOffer.value = undefined;
});

describe('EditButtons', () => {
  it('renders no control for an observer', () => {
    me.value = 'noor';
    expect(mount(h(EditButtons, { type: 'objective', id: 'o1' })).root.innerHTML).toBe('');
  });

  it('offers edit, delete and "Add key result" on an objective, and opens the form in place', async () => {
    me.value = 'ada';
    const view = mount(h(EditButtons, { type: 'objective', id: 'o1' }));
    const labels = [...view.root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Edit objective “Grow”', 'Delete objective “Grow”', 'Add key result to “Grow”']);
    await view.click('button');
    expect(view.q<HTMLInputElement>('#objective-o1-title').value).toBe('Grow');
  });

  it('deletes, offers the undo, and the undo restores exactly what went', async () => {
    me.value = 'ada';
    const view = mount(h('div', null, h(EditButtons, { type: 'objective', id: 'o1' }), h(UndoToast, null)));
    await view.click('button[aria-label^="Delete"]');
    expect(view.q('.toast').textContent).toContain('Deleted “Grow” and 2 records under it.');
    await view.click('.toast button');
    expect(sent.map((r) => r.type)).toEqual(['objective.delete', 'records.restore']);
    const restore = sent[1] as Extract<Request, { type: 'records.restore' }>;
    expect(restore.objectives?.map((o) => o.id)).toEqual(['o1']);
    expect(restore.keyResults?.map((k) => k.id)).toEqual(['k1']);
    expect(restore.initiatives?.map((i) => i.id)).toEqual(['i1']);
    expect(view.root.querySelector('.toast')).toBeNull();
  });
});
