import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closePeriod } from '../../../core/math/close-period.ts';
import { checkIn, keyResult, objective, person, workspace } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { mount, settle } from '../edit/dom-kit.ts';
import { parseRoute } from '../route.ts';
import { CloseView } from './close-view.tsx';

const ws = workspace({
  people: [person({ id: 'ada' }), person({ id: 'noor', role: 'observer' })],
  objectives: [objective({ id: 'o1', title: 'Grow', commitment: 'aspirational' }), objective({ id: 'o2', title: 'Keep' })],
  keyResults: [keyResult({ id: 'k1', objectiveId: 'o1', title: 'Signups', start: 0, target: 10 }), keyResult({ id: 'k2', objectiveId: 'o2', title: 'Uptime', start: 0, target: 10 })],
  checkIns: [checkIn({ targetId: 'k1', value: 8 }), checkIn({ targetId: 'k2', value: 10 })],
});

const sent: Request[] = [];
vi.mock('../../messages/client.ts', () => ({
  send: async (request: Request) => {
    sent.push(request);
    if (request.type !== 'period.close') return { ok: false, error: { message: 'unexpected' } };
    return { ok: true, value: closePeriod(ws, request.periodId, request.closings, { now: '2027-01-04T09:00:00.000Z', newId: () => 'n1' }) };
  },
}));
beforeEach(() => void (sent.length = 0));

const view = (me = 'ada') => mount(h(CloseView, { ws, me, route: parseRoute('#/close/2026-q4') }));

describe('CloseView', () => {
  it('shows each open objective with its suggested score, whether that is a success, and what would be carried over', () => {
    const v = view();
    const grow = v.q('fieldset[aria-label=Grow]').textContent;
    expect(grow).toContain('Progress 80 % · aspirational · suggested score 0.8 · a success');
    expect(grow).toContain('Carry unfinished key results over (1: Signups)');
    expect(v.q('fieldset[aria-label=Keep]').textContent).toContain('(none unfinished)');
    expect(v.q('button[type=submit]').textContent).toBe('Close 2026 Q4 and carry over to 2027 Q1');
  });

  it('sends the overrides and notes in one period.close, then names what was carried over', async () => {
    const v = view();
    await v.type('#close-o1-score', '0,6');
    await v.type('#close-o1-note', ' Pricing slipped ');
    await v.submit();
    await settle();
    expect(sent).toEqual([{ type: 'period.close', periodId: '2026-q4', closings: [{ objectiveId: 'o1', score: 0.6, note: 'Pricing slipped' }, { objectiveId: 'o2' }] }]);
    expect(v.q('ul[aria-label="Carried over to 2027 Q1"]').textContent).toBe('GrowSignups');
    expect(v.text()).toContain('Closed 2 objectives: Grow (0.6), Keep (1.0).');
  });

  it('refuses an override outside 0–1 beside its field, sending nothing', async () => {
    const v = view();
    await v.type('#close-o2-score', '1.5');
    expect(v.q('#close-o2-score-error').textContent).toBe('must be a score from 0.0 to 1.0, got “1.5”');
    await v.submit();
    expect(sent).toEqual([]);
  });

  it('tells an observer they cannot close, with no form', () => {
    const v = view('noor');
    expect(v.root.querySelector('form')).toBeNull();
    expect(v.text()).toContain('Observers see everything and edit nothing');
  });
});
