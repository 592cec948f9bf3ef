import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDemo } from '../../../fixtures/demo/build-demo.ts';
import { parseRoute } from '../route.ts';

const sent: unknown[] = [];
let answer: (request: { type: string }) => unknown = () => ({ ok: true, value: { name: 'Saved KPI' } });
vi.mock('../../messages/client.ts', () => ({ send: async (request: { type: string }) => (sent.push(request), answer(request)) }));
const { KpisView } = await import('./kpis-view.tsx');

let root: HTMLElement;
beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document, window, Event: window.Event, KeyboardEvent: window.KeyboardEvent ?? window.Event });
  root = document.getElementById('app') as unknown as HTMLElement;
  sent.length = 0;
});
afterEach(() => render(null, root));

const show = (me: string) => act(() => render(h(KpisView, { ws: buildDemo(), route: parseRoute('#/kpis'), me }), root));
const rows = () => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent?.replace(/\s+/g, ' ').trim()));
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) as HTMLButtonElement | undefined;
const field = (label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label);
  return root.querySelector(`#${l?.getAttribute('for')}`) as HTMLInputElement;
};
const type = (label: string, value: string) => act(() => {
  const input = field(label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
});
const submit = () => act(async () => {
  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await new Promise((r) => setTimeout(r, 0));
});

describe('KpisView', () => {
  it('lists the demo KPIs out of range first, with health, latest value and healthy range', async () => {
    await show('maya');
    expect(rows()).toEqual([
      ['Monthly logo churn', 'Out of range', '2.6 % on Nov 16', '≤ 2 %'],
      ['API uptime (30 days)Share of minutes the public API answered, from the status page.', 'Healthy', '99.96 % on Nov 16', '≥ 99.9 %'],
      ['Net Promoter Score', 'Healthy', '36 points on Oct 19', '≥ 30 points'],
      ['Sprint capacity committedPoints committed as a share of capacity; above 100 % burns people out, below 80 % wastes them.', 'Healthy', '88 % on Nov 16', '80–100 %'],
      ['Support first response (median)', 'Healthy', '2.9 h on Nov 16', '≤ 4 h'],
    ]);
    expect(button('Edit Monthly logo churn')).toBeDefined();
    expect(button('New KPI')).toBeDefined();
  });

  it('shows an observer everything and no way to edit', async () => {
    await show('noor');
    expect(rows()).toHaveLength(5);
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('creates a KPI from the form and says so', async () => {
    await show('maya');
    await act(() => button('New KPI')!.click());
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('New KPI');
    await type('Name', 'Trial conversion');
    await type('Healthy from (lowest healthy value)', '12,5');
    await type('Unit', '%');
    await submit();
    expect(sent).toEqual([{ type: 'kpi.create', draft: { name: 'Trial conversion', ownerIds: ['maya'], teamIds: [], unit: '%', healthyMin: 12.5 } }]);
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved “Saved KPI”.');
  });

  it('shows what is wrong before sending anything, and the background\'s refusal without losing the input', async () => {
    await show('maya');
    await act(() => button('Edit Monthly logo churn')!.click());
    expect(field('Healthy up to (highest healthy value)').value).toBe('2');
    await type('Healthy up to (highest healthy value)', '');
    await submit();
    expect(sent).toEqual([]);
    expect(root.querySelector('.field-error')?.textContent).toBe('Give a lowest healthy value, a highest, or both.');
    expect(field('Healthy from (lowest healthy value)').getAttribute('aria-invalid')).toBe('true');

    answer = () => ({ ok: false, error: { feature: 'KPIs', code: 'invalid', message: 'KPIs: kpi "kpi-monthly-churn", field ownerIds: no person has id "x"' } });
    await type('Healthy up to (highest healthy value)', '2.5');
    await submit();
    expect(sent).toEqual([{ type: 'kpi.update', id: 'kpi-monthly-churn', changes: { name: 'Monthly logo churn', ownerIds: ['amara'], teamIds: ['success'], unit: '%', healthyMax: 2.5, description: null, healthyMin: null } }]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no person has id "x"');
    expect(field('Name').value).toBe('Monthly logo churn');
  });

  it('cancels with Escape', async () => {
    await show('maya');
    await act(() => button('New KPI')!.click());
    await act(() => void root.querySelector('form')!.dispatchEvent(Object.assign(new Event('keydown', { bubbles: true, cancelable: true }), { key: 'Escape' })));
    expect(root.querySelector('form')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('checks in on a KPI with a value and a note; the status follows the healthy range', async () => {
    answer = () => ({ ok: true, value: {} });
    await show('amara');
    await act(() => button('Check in on Monthly logo churn')!.click());
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('Check in on Monthly logo churn');
    await type('Value (%)', '1,8');
    expect(root.querySelector('[id$="-preview"]')?.textContent).toBe('Would be: Healthy');
    await type('Note (optional)', 'Two saves from the new playbook');
    await submit();
    expect(sent).toEqual([{ type: 'checkIn.add', draft: { targetType: 'kpi', targetId: 'kpi-monthly-churn', value: 1.8, status: 'on-track', authorId: 'amara', note: 'Two saves from the new playbook' } }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Checked in 1.8 % on “Monthly logo churn”.');

    await act(() => button('Check in on Monthly logo churn')!.click());
    await type('Value (%)', '3');
    await submit();
    expect(sent.at(-1)).toMatchObject({ draft: { value: 3, status: 'off-track' } });
  });

  it('refuses an empty value or no author without sending', async () => {
    await show('amara');
    await act(() => button('Check in on Monthly logo churn')!.click());
    await submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Enter the value you measured.');
    render(null, root);
    await act(() => render(h(KpisView, { ws: buildDemo(), route: parseRoute('#/kpis'), me: undefined }), root));
    await act(() => button('Check in on Monthly logo churn')!.click());
    await type('Value (%)', '2');
    await submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Say who you are first: a check-in needs its author.');
    expect(sent).toEqual([]);
  });

  it('deletes a KPI from its form and undoes it with the same id', async () => {
    answer = () => ({ ok: true, value: {} });
    await show('maya');
    await act(() => button('Edit Net Promoter Score')!.click());
    await act(async () => {
      button('Delete KPI')!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(sent).toEqual([{ type: 'kpi.delete', id: 'kpi-nps' }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Deleted “Net Promoter Score”. Its check-ins are kept. Undo');
    await act(async () => {
      button('Undo')!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(sent.at(-1)).toEqual({ type: 'kpi.create', draft: { id: 'kpi-nps', name: 'Net Promoter Score', ownerIds: ['maya'], teamIds: [], unit: 'points', healthyMin: 30 } });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Restored “Net Promoter Score”.');
  });
});
