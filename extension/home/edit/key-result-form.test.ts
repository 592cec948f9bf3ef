import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keyResult, objective, person, workspace } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { mount, settle } from './dom-kit.ts';
import { KeyResultForm } from './key-result-form.tsx';

const sent: Request[] = [];
vi.mock('../../messages/client.ts', () => ({
  send: async (request: Request) => {
    sent.push(request);
    return 'draft' in request ? { ok: true, value: { ...request.draft, id: `kr-${sent.length}` } } : { ok: true, value: {} };
  },
}));

const ws = workspace({ people: [person({ id: 'ada', name: 'Ada' }), person({ id: 'bo', name: 'Bo' })], objectives: [objective({ id: 'o1', title: 'Grow', ownerIds: ['bo'] })] });
beforeEach(() => void (sent.length = 0));

describe('KeyResultForm', () => {
  it('adds key results one after another, staying open with the title cleared', async () => {
    const onSaved = vi.fn();
    const view = mount(h(KeyResultForm, { ws, me: 'ada', objectiveId: 'o1', onSaved, onCancel: () => undefined }));
    const id = (f: string) => `#kr-new-o1-${f}`;
    await view.type(id('title'), 'Weekly active teams');
    await view.type(id('start'), '120');
    await view.type(id('target'), '200,5');
    await view.type(id('unit'), 'teams');
    await view.type(id('links'), 'https://acme.atlassian.net/browse/GROW-7\n\nhttps://example.com/report');
    await view.submit();
    await settle();
    expect(sent[0]).toEqual({ type: 'keyResult.create', draft: {
      objectiveId: 'o1', title: 'Weekly active teams', ownerIds: ['bo'], checkInOwnerId: undefined, kind: 'increase', start: 120, target: 200.5, unit: 'teams', weight: 1,
      links: [{ key: 'jira:acme.atlassian.net/GROW-7', url: 'https://acme.atlassian.net/browse/GROW-7' }, { key: 'url:https://example.com/report', url: 'https://example.com/report' }], tags: [], state: 'active',
    } });
    expect(view.text()).toContain('Added “Weekly active teams” (1 so far)');
    expect(view.q<HTMLInputElement>(id('title')).value).toBe('');
    await view.type(id('title'), 'Second');
    await view.submit();
    await settle();
    expect(view.text()).toContain('Added “Second” (2 so far)');
    expect(onSaved).toHaveBeenCalledTimes(2);
  });

  it('hides start and target for kinds that have none, and refuses a weight that is not a number', async () => {
    const view = mount(h(KeyResultForm, { ws, me: 'ada', objectiveId: 'o1', onSaved: () => undefined, onCancel: () => undefined }));
    await view.select('#kr-new-o1-kind', 'milestone');
    expect(view.root.querySelector('#kr-new-o1-start')).toBeNull();
    await view.type('#kr-new-o1-title', 'Launch');
    await view.type('#kr-new-o1-weight', 'heavy');
    await view.submit();
    expect(sent).toEqual([]);
    expect(view.q('#kr-new-o1-weight-error').textContent).toBe('must be a number');
  });

  it('edits a key result, removing what was emptied', async () => {
    const k = keyResult({ id: 'k1', objectiveId: 'o1', title: 'Old', unit: 'teams', ownerIds: ['ada'] });
    const view = mount(h(KeyResultForm, { ws, me: 'ada', objectiveId: 'o1', keyResult: k, onSaved: () => undefined, onCancel: () => undefined }));
    await view.type('#kr-k1-unit', '');
    await view.type('#kr-k1-target', '50');
    await view.submit();
    expect(sent[0]).toMatchObject({ type: 'keyResult.update', id: 'k1', changes: { unit: null, target: 50, start: 20, title: 'Old' } });
  });
});
