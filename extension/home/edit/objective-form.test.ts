import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { objective, person, team, workspace } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { mount, settle } from './dom-kit.ts';
import { ObjectiveForm } from './objective-form.tsx';

const sent: Request[] = [];
let answer: unknown = { ok: true, value: {} };
vi.mock('../../messages/client.ts', () => ({ send: async (request: Request) => { sent.push(request); return answer; } }));

const ws = (settings = {}) => {
  const base = workspace({ people: [person({ id: 'ada', name: 'Ada' }), person({ id: 'bo', name: 'Bo' })], teams: [team({ id: 'growth', name: 'Growth' }), team({ id: 'old', name: 'Old', archived: true })] });
  return { ...base, workspace: { ...base.workspace, settings: { ...base.workspace.settings, ...settings, tags: ['growth', 'retention'] } } };
};

beforeEach(() => {
  sent.length = 0;
  answer = { ok: true, value: objective({ id: 'made', title: 'Made' }) };
});

describe('ObjectiveForm', () => {
  it('creates an objective with every field typed, me as the default owner', async () => {
    const onSaved = vi.fn();
    const view = mount(h(ObjectiveForm, { ws: ws(), me: 'ada', periodId: '2026-q4', onSaved, onCancel: () => undefined }));
    await view.type('#objective-new-title', '  Customers renew without asking  ');
    await view.type('#objective-new-description', 'Because they see the value');
    await view.select('#objective-new-commitment', 'aspirational');
    const checkboxes = view.root.querySelectorAll('#objective-new-owners input[type=checkbox]');
    await view.change('#objective-new-owners label:nth-of-type(2) input', (c) => void (c.checked = true));
    await view.select('#objective-new-check-in-owner', 'bo');
    await view.change('#objective-new-teams input', (c) => void (c.checked = true));
    await view.type('#objective-new-tags', 'retention, growth, retention');
    await view.change('input[type=checkbox]:not(#objective-new-owners input):not(#objective-new-teams input)', (c) => void (c.checked = true));
    await view.submit();
    await settle();
    expect(checkboxes).toHaveLength(2);
    expect(sent).toEqual([{ type: 'objective.create', draft: {
      title: 'Customers renew without asking', description: 'Because they see the value', periodId: '2026-q4', level: 'team', teamIds: ['growth'], ownerIds: ['ada', 'bo'],
      checkInOwnerId: 'bo', parentIds: [], commitment: 'aspirational', tags: ['retention', 'growth'], private: true, state: 'active',
    } }]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'made' }));
    expect(view.text()).not.toContain('Old'); // archived teams take no new OKRs
  });

  it('offers one owner and one team when shared OKRs are off', () => {
    const view = mount(h(ObjectiveForm, { ws: ws({ sharedOkrs: false }), me: 'ada', periodId: '2026-q4', onSaved: () => undefined, onCancel: () => undefined }));
    expect(view.q('#objective-new-owners').tagName).toBe('SELECT');
    expect(view.q('#objective-new-teams').tagName).toBe('SELECT');
    expect(view.q('label[for=objective-new-owners]').textContent).toBe('Owner');
  });

  it('offers several parents when the workspace allows it', () => {
    const view = mount(h(ObjectiveForm, { ws: ws({ multipleParents: true }), me: 'ada', periodId: '2026-q4', onSaved: () => undefined, onCancel: () => undefined }));
    expect(view.q('#objective-new-parents').hasAttribute('multiple')).toBe(true);
    expect(view.q('label[for=objective-new-parents]').textContent).toBe('Aligned to (parents)');
  });

  it('shows each refusal of the background beside the field it names, and keeps what was typed', async () => {
    answer = { ok: false, error: { feature: 'objectives', code: 'invalid', message: 'objectives: …', details: ['objective "new-1", field periodId: no period has id "x"', 'objective "new-1", field ownerIds[0]: no person has id "zed"'] } };
    const onSaved = vi.fn();
    const view = mount(h(ObjectiveForm, { ws: ws(), me: 'ada', periodId: '2026-q4', onSaved, onCancel: () => undefined }));
    await view.type('#objective-new-title', 'Keep me');
    await view.submit();
    await settle();
    expect(view.q('#objective-new-period-error').textContent).toBe('no period has id "x"');
    expect(view.q('#objective-new-period').getAttribute('aria-describedby')).toBe('objective-new-period-error');
    expect(view.q('#objective-new-owners-error').textContent).toBe('no person has id "zed"');
    expect(view.q<HTMLInputElement>('#objective-new-title').value).toBe('Keep me');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends only an update, with emptied optional fields removed, when editing', async () => {
    const o = objective({ id: 'o1', title: 'Old title', description: 'Old', ownerIds: ['ada'], checkInOwnerId: 'ada' });
    const view = mount(h(ObjectiveForm, { ws: ws(), me: 'ada', periodId: '2026-q4', objective: o, onSaved: () => undefined, onCancel: () => undefined }));
    await view.type('#objective-o1-description', '');
    await view.select('#objective-o1-check-in-owner', '');
    await view.submit();
    expect(sent[0]).toMatchObject({ type: 'objective.update', id: 'o1', changes: { title: 'Old title', description: null, checkInOwnerId: null } });
  });

  it('cancels on Escape', async () => {
    const onCancel = vi.fn();
    const view = mount(h(ObjectiveForm, { ws: ws(), me: 'ada', periodId: '2026-q4', onSaved: () => undefined, onCancel }));
    await view.key('form', 'Escape'); // linkedom calls listeners with `this` = target, so events do not bubble to Preact's form handler
    expect(onCancel).toHaveBeenCalledOnce();
    expect(sent).toEqual([]);
  });
});
