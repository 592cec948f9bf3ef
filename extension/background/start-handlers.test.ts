import { describe, expect, it } from 'vitest';
import { errorOf, loadedBackground, testBackground, valueOf } from './test-kit.ts';

describe('first run requests', () => {
  it('start an empty workspace with you in it and the current quarter, once', async () => {
    const bg = testBackground();
    expect(errorOf(await bg.call({ type: 'workspace.create', name: 'Acme', personName: 'Maya', timeZone: 'Mars/Olympus' }))).toMatchObject({ code: 'invalid', feature: 'workspace' });
    expect(errorOf(await bg.call({ type: 'workspace.create', name: '  ', personName: 'Maya', timeZone: 'UTC' })).message).toContain('name');
    expect(bg.events).toEqual([]);
    const made = valueOf(await bg.call({ type: 'workspace.create', name: 'Acme', personName: 'Maya Chen', timeZone: 'America/New_York' }));
    expect(made.person).toMatchObject({ name: 'Maya Chen', role: 'admin' });
    expect(bg.events.map((e) => e.scope)).toEqual(['workspace']);
    const ws = valueOf(await bg.call({ type: 'workspace.get' }))!;
    expect(ws.workspace).toMatchObject({ name: 'Acme', settings: { timeZone: 'America/New_York' } });
    expect(ws.periods.map((p) => p.id).sort()).toEqual(['2026', '2026-q4']);
    expect(valueOf(await bg.call({ type: 'me.get' }))).toEqual({ personId: made.person.id });
    expect(errorOf(await bg.call({ type: 'workspace.create', name: 'Again', personName: 'Maya', timeZone: 'UTC' })).message).toContain('already a workspace');
    expect(valueOf(await bg.call({ type: 'workspace.get' }))!.workspace.name).toBe('Acme');
  });

  it('add a person, and make them "me" when asked', async () => {
    expect(errorOf(await testBackground().call({ type: 'person.create', name: 'Maya' }))).toMatchObject({ code: 'not-found', feature: 'people' });
    const bg = await loadedBackground();
    expect(errorOf(await bg.call({ type: 'person.create', name: 'Maya', role: 'boss' as 'admin' })).code).toBe('invalid');
    expect(errorOf(await bg.call({ type: 'person.create', name: 'Maya', email: 'not an email' })).message).toContain('email');
    const other = valueOf(await bg.call({ type: 'person.create', name: 'Lin' }));
    expect(valueOf(await bg.call({ type: 'me.get' }))).toEqual({ personId: undefined });
    const maya = valueOf(await bg.call({ type: 'person.create', name: ' Maya ', email: 'maya@acme.test', me: true }));
    expect([other.role, maya.name, maya.email]).toEqual(['member', 'Maya', 'maya@acme.test']);
    expect(valueOf(await bg.call({ type: 'me.get' }))).toEqual({ personId: maya.id });
    expect(valueOf(await bg.call({ type: 'workspace.get' }))!.people.map((p) => p.id)).toContain(maya.id);
    expect(bg.events.map((e) => [e.scope, e.ids])).toEqual([['records', [other.id]], ['records', [maya.id]]]);
  });
});
