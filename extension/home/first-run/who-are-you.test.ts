import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { person } from '../../../test/builders.ts';
import { renderDom } from '../../../test/dom/render-dom.ts';

const sent: unknown[] = [];
vi.mock('../../messages/client.ts', () => ({
  send: async (request: { type: string }) => {
    sent.push(request);
    return request.type === 'person.create' ? { ok: false, error: { message: 'people: email: not an email' } } : { ok: true, value: {} };
  },
}));
const { WhoAreYou } = await import('./who-are-you.tsx');

const people = [person({ id: 'tomas', name: 'Tomás Herrera', email: 'tomas@acme.test' }), person({ id: 'maya', name: 'Maya Chen' }), person({ id: 'amara', name: 'Amara Okafor' })];

describe('WhoAreYou', () => {
  let dom: ReturnType<typeof renderDom> | undefined;
  afterEach(() => {
    dom?.cleanup();
    sent.length = 0;
  });

  it('lists the people by name, narrows them as you type (accents ignored) and picks one', async () => {
    dom = renderDom(h(WhoAreYou, { people, onSkip: () => {} }));
    const names = () => dom!.$$('.people button').map((b) => b.textContent);
    expect(names()).toEqual(['Amara Okafor', 'Maya Chen', 'Tomás Herrera · tomas@acme.test']);
    dom.change(dom.$('input[type="search"]'), 'tomas', 'input');
    await vi.waitFor(() => expect(names()).toEqual(['Tomás Herrera · tomas@acme.test']), { timeout: 30_000 });
    dom.click(dom.$('.people button'));
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'me.set', personId: 'tomas' }]), { timeout: 30_000 });
  });

  it('adds you when you are not listed, and shows why it could not', async () => {
    dom = renderDom(h(WhoAreYou, { people, onSkip: () => {} }));
    const form = dom.$('form.add-me') as HTMLFormElement;
    dom.change(form.querySelector('input[name="name"]'), 'Lin Park', 'input');
    dom.change(form.querySelector('input[name="email"]'), ' lin ', 'input');
    dom.submit(form);
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'person.create', name: 'Lin Park', email: 'lin', me: true }]), { timeout: 30_000 });
    await vi.waitFor(() => expect(dom!.$('[role="alert"]')?.textContent).toBe('people: email: not an email'), { timeout: 30_000 });
  });
});
