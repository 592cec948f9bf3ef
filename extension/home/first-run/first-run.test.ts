import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDom } from '../../../test/dom/render-dom.ts';

const sent: unknown[] = [];
vi.mock('../../messages/client.ts', () => ({
  send: async (request: unknown) => {
    sent.push(request);
    return { ok: false, error: { message: 'workspace: there is already a workspace in this browser; nothing was changed' } };
  },
}));
vi.mock('../load-demo.ts', () => ({ loadDemo: async () => 'import: the demo could not be read' }));
const { FirstRun } = await import('./first-run.tsx');

describe('FirstRun', () => {
  let dom: ReturnType<typeof renderDom> | undefined;
  afterEach(() => {
    dom?.cleanup();
    sent.length = 0;
  });

  it('offers import, starting empty and the demo', async () => {
    dom = renderDom(h(FirstRun, {}));
    expect(dom.$$('h2').map((e) => e.textContent)).toEqual(['Bring your OKRs', 'Start empty', 'Look around']);
    expect(dom.$('a.button')?.getAttribute('href')).toBe('#/files');
    dom.click(dom.$$('button').find((b) => b.textContent === 'Load demo data')!);
    await vi.waitFor(() => expect(dom!.$('[role="alert"]')?.textContent).toBe('import: the demo could not be read'), { timeout: 30_000 });
  });

  it('starts empty with the workspace name, your name and this computer zone; Escape cancels', async () => {
    dom = renderDom(h(FirstRun, {}));
    dom.click(dom.$$('button').find((b) => b.textContent === 'Start empty')!);
    const form = dom.$('form.start-empty')!;
    expect(form.textContent).toContain('America/New_York');
    dom.change(form.querySelector('input[name="name"]'), 'Tiny Co', 'input');
    dom.change(form.querySelector('input[name="personName"]'), 'Ada', 'input');
    dom.submit(form);
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'workspace.create', name: 'Tiny Co', personName: 'Ada', timeZone: 'America/New_York' }]), { timeout: 30_000 });
    await vi.waitFor(() => expect(dom!.$('form [role="alert"]')?.textContent).toContain('already a workspace'), { timeout: 30_000 });
    dom.key(form, 'Escape');
    expect(dom.$('form.start-empty')).toBeNull();
  });
});
