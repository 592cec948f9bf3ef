import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initiative, person, workspace } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { mount, settle } from './dom-kit.ts';
import { InitiativeForm } from './initiative-form.tsx';

const sent: Request[] = [];
vi.mock('../../messages/client.ts', () => ({ send: async (request: Request) => { sent.push(request); return { ok: true, value: {} }; } }));
beforeEach(() => void (sent.length = 0));
const ws = workspace({ people: [person({ id: 'ada', name: 'Ada' })] });

describe('InitiativeForm', () => {
  it('creates an initiative under a key result, progress typed in percent', async () => {
    const onSaved = vi.fn();
    const v = mount(h(InitiativeForm, { ws, me: 'ada', parent: { type: 'keyResult', id: 'k1' }, onSaved, onCancel: () => undefined }));
    await v.type('#initiative-new-k1-title', 'Partner portal');
    await v.select('#initiative-new-k1-status', 'in-progress');
    await v.type('#initiative-new-k1-progress', '40');
    await v.submit();
    await settle();
    expect(sent).toEqual([{ type: 'initiative.create', draft: { parentId: 'k1', parentType: 'keyResult', title: 'Partner portal', ownerIds: ['ada'], status: 'in-progress', progress: 0.4, links: [] } }]);
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('edits one, clearing its progress', async () => {
    const i = initiative({ id: 'i1', parentId: 'o1', progress: 0.5 });
    const v = mount(h(InitiativeForm, { ws, me: 'ada', parent: { type: 'objective', id: 'o1' }, initiative: i, onSaved: () => undefined, onCancel: () => undefined }));
    expect(v.q<HTMLInputElement>('#initiative-i1-progress').value).toBe('50');
    await v.type('#initiative-i1-progress', '');
    await v.submit();
    expect(sent[0]).toMatchObject({ type: 'initiative.update', id: 'i1', changes: { progress: null, parentType: 'objective' } });
  });
});
