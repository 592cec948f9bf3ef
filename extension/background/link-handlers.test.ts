import { describe, expect, it } from 'vitest';
import { errorOf, JIRA, loadedBackground, valueOf } from './test-kit.ts';

const GITHUB = { key: 'github:acme/api#12', url: 'https://github.com/acme/api/issues/12', title: 'Faster search' };

describe('link.add and link.remove', () => {
  it('links a key result to an entity once, however often it is asked, and broadcasts it', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'link.add', targetType: 'keyResult', id: 'k2', link: GITHUB }));
    const again = valueOf(await bg.call({ type: 'link.add', targetType: 'keyResult', id: 'k2', link: GITHUB }));
    expect(again.links).toEqual([GITHUB]);
    const found = valueOf(await bg.call({ type: 'okrs.byLink', key: GITHUB.key }));
    expect(found.keyResults.map((k) => k.id)).toEqual(['k2']);
    expect(bg.events.map((e) => e.ids)).toContainEqual(['k2']);
  });

  it('two links added at the same moment both land', async () => {
    const bg = await loadedBackground();
    const other = { ...GITHUB, key: 'github:acme/api#13', url: 'https://github.com/acme/api/issues/13' };
    await Promise.all([
      bg.call({ type: 'link.add', targetType: 'initiative', id: 'i1', link: GITHUB }),
      bg.call({ type: 'link.add', targetType: 'initiative', id: 'i1', link: other }),
    ]);
    const found = valueOf(await bg.call({ type: 'okrs.byLink', key: other.key }));
    expect(found.links.map((l) => l.targetId)).toEqual(['i1']);
    const both = await Promise.all([GITHUB.key, other.key].map(async (key) => valueOf(await bg.call({ type: 'okrs.byLink', key })).links.length));
    expect(both).toEqual([1, 1]);
  });

  it('unlinks by key and leaves the other links alone', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'link.add', targetType: 'keyResult', id: 'k1', link: GITHUB }));
    const after = valueOf(await bg.call({ type: 'link.remove', targetType: 'keyResult', id: 'k1', key: JIRA.key }));
    expect(after.links).toEqual([GITHUB]);
  });

  it('refuses an unknown target or type and changes nothing', async () => {
    const bg = await loadedBackground();
    expect(errorOf(await bg.call({ type: 'link.add', targetType: 'keyResult', id: 'nope', link: GITHUB })).message).toMatch(/no key result has id "nope"/);
    // @ts-expect-error a type the API does not allow, as a stale content script might send
    expect(errorOf(await bg.call({ type: 'link.add', targetType: 'objective', id: 'o1', link: GITHUB })).message).toMatch(/keyResult or initiative/);
    expect(errorOf(await bg.call({ type: 'link.add', targetType: 'keyResult', id: 'k1', link: { key: 'x', url: 'javascript:alert(1)' } })).message).toMatch(/url/);
    expect(valueOf(await bg.call({ type: 'okrs.byLink', key: GITHUB.key })).links).toEqual([]);
  });
});

describe('okrs.linkable', () => {
  it('lists open key results and initiatives with their facts, mine first', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'me.set', personId: 'grace' }));
    const { items } = valueOf(await bg.call({ type: 'okrs.linkable' }));
    expect(items.map((i) => `${i.type}:${i.id}:${i.mine}`)).toEqual([
      'keyResult:k2:true', 'keyResult:k3:true', 'keyResult:k1:false', 'initiative:i1:false', 'initiative:i2:false',
    ]);
    expect(items.find((i) => i.id === 'k1')).toMatchObject({ valueText: '25', objectiveTitle: expect.any(String) });
  });
});
