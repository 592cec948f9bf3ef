import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keyResult, person, workspace } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { CheckInForm } from './check-in-form.tsx';
import { mount, settle } from './dom-kit.ts';

const sent: Request[] = [];
vi.mock('../../messages/client.ts', () => ({
  send: async (request: Request) => {
    sent.push(request);
    return { ok: true, value: 'draft' in request ? { ...request.draft, id: 'c1' } : {} };
  },
}));

const ws = workspace({ people: [person({ id: 'ada', name: 'Ada' }), person({ id: 'bo', name: 'Bo' }), person({ id: 'noor', name: 'Noor', role: 'observer' })] });
const kr = keyResult({ id: 'k1', ownerIds: ['bo', 'ada'], unit: 'teams' });
beforeEach(() => void (sent.length = 0));

describe('CheckInForm', () => {
  it('checks in on behalf of the check-in owner when that is someone else', async () => {
    const view = mount(h(CheckInForm, { ws, me: 'ada', keyResult: kr }));
    expect(view.q('label[for=check-in-k1-value]').textContent).toBe('Value (teams)');
    await view.type('#check-in-k1-value', '31,5');
    await view.select('#check-in-k1-status', 'at-risk');
    await view.type('#check-in-k1-confidence', '6');
    await view.type('#check-in-k1-note', '  Two deals slipped  ');
    await view.type('#check-in-k1-evidence', 'https://acme.atlassian.net/browse/GROW-9');
    await view.submit();
    await settle();
    expect(sent).toEqual([{ type: 'checkIn.add', draft: {
      // The form's own id for this check-in, so a retry cannot record it twice.
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), targetType: 'keyResult', targetId: 'k1', value: 31.5, status: 'at-risk', confidence: 6, note: 'Two deals slipped',
      sourceUrl: 'https://acme.atlassian.net/browse/GROW-9', authorId: 'ada', onBehalfOfId: 'bo',
    } }]);
    expect(view.text()).toContain('Checked in on behalf of Bo.');
  });

  it('asks no "on behalf of" of the check-in owner, and offers done / not done for a binary KR', async () => {
    const view = mount(h(CheckInForm, { ws, me: 'bo', keyResult: { ...kr, kind: 'binary' } }));
    expect(view.root.querySelector('#check-in-k1-on-behalf')).toBeNull();
    expect(view.q('#check-in-k1-value').tagName).toBe('SELECT');
    await view.select('#check-in-k1-value', '1');
    await view.submit();
    expect(sent[0]).toMatchObject({ draft: { value: 1, authorId: 'bo', onBehalfOfId: undefined } });
  });

  it('refuses a value that is not a number, beside the value', async () => {
    const view = mount(h(CheckInForm, { ws, me: 'bo', keyResult: kr }));
    await view.type('#check-in-k1-value', 'lots');
    await view.submit();
    expect(sent).toEqual([]);
    expect(view.q('#check-in-k1-value-error').textContent).toBe('must be a number');
  });

  it('renders nothing for an observer', () => {
    expect(mount(h(CheckInForm, { ws, me: 'noor', keyResult: kr })).root.innerHTML).toBe('');
  });
});
