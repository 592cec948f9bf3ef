import { describe, expect, it } from 'vitest';
import { loadedBackground, testBackground, valueOf } from './test-kit.ts';

describe('workspace.json', () => {
  it('is the whole workspace as text, kept between changes and fresh after each', async () => {
    expect(valueOf(await testBackground().call({ type: 'workspace.json' }))).toBeUndefined();
    const bg = await loadedBackground();
    const first = valueOf(await bg.call({ type: 'workspace.json' }))!;
    expect(JSON.parse(first)).toEqual(valueOf(await bg.call({ type: 'workspace.get' })));
    expect(valueOf(await bg.call({ type: 'workspace.json' }))).toBe(first);
    valueOf(await bg.call({ type: 'checkIn.add', draft: { id: 'c-new', targetType: 'keyResult', targetId: 'k3', value: 7, status: 'behind', authorId: 'grace' } }));
    const after = JSON.parse(valueOf(await bg.call({ type: 'workspace.json' }))!);
    expect(after.checkIns.map((c: { id: string }) => c.id)).toContain('c-new');
    expect(after).toEqual(valueOf(await bg.call({ type: 'workspace.get' })));
  });

  it('never keeps a read that raced a change', async () => {
    const bg = await loadedBackground();
    // The read starts, the write commits and broadcasts while it runs: the next read must see the write.
    const [, added] = await Promise.all([bg.call({ type: 'workspace.json' }), bg.call({ type: 'checkIn.add', draft: { id: 'c-race', targetType: 'keyResult', targetId: 'k3', value: 8, status: 'behind', authorId: 'grace' } })]);
    expect(added.ok).toBe(true);
    expect(JSON.parse(valueOf(await bg.call({ type: 'workspace.json' }))!).checkIns.map((c: { id: string }) => c.id)).toContain('c-race');
  });
});
