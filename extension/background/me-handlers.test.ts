import { describe, expect, it } from 'vitest';
import { bundleOf, errorOf, loadedBackground, sampleWorkspace, testBackground, valueOf } from './test-kit.ts';

describe('who uses this browser', () => {
  it('is nobody until chosen, must be a person of the workspace, and survives an import', async () => {
    const bg = await loadedBackground();
    expect(valueOf(await bg.call({ type: 'me.get' }))).toEqual({ personId: undefined });
    expect(errorOf(await bg.call({ type: 'me.set', personId: 'nobody' }))).toMatchObject({ code: 'not-found', feature: 'profile' });
    expect(bg.events).toEqual([]);
    valueOf(await bg.call({ type: 'me.set', personId: 'grace' }));
    expect(bg.events.map((e) => [e.scope, e.ids])).toEqual([['me', ['grace']]]);
    valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(sampleWorkspace()), fileName: 'again.okr.json' }));
    expect(valueOf(await bg.call({ type: 'me.get' }))).toEqual({ personId: 'grace' });
  });

  it('the whole workspace is one read, undefined in an empty browser', async () => {
    expect(valueOf(await testBackground().call({ type: 'workspace.get' }))).toBeUndefined();
    const ws = valueOf(await (await loadedBackground()).call({ type: 'workspace.get' }));
    expect(ws?.keyResults.map((k) => k.id).sort()).toEqual(['k1', 'k2', 'k3']);
  });
});
