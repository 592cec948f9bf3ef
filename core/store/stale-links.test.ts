import { describe, expect, it } from 'vitest';
import { keyResult, objective, workspace } from '../../test/builders.ts';
import { openStore } from './okr-store.ts';
import { linkRangeOf, targetsWithRows } from './stale-links.ts';

const link = (n: number) => ({ key: `github:acme/web#${n}`, url: `https://github.com/acme/web/issues/${n}` });

describe('linkRangeOf', () => {
  it('covers every row of the lowest and the highest id, and nothing outside them', () => {
    const range = linkRangeOf(['m', 'b', 'x'])!;
    for (const inside of [['b'], ['b', 'github:1'], ['m', 'z'], ['x', 'github:9'], ['x', '\uffff']]) expect(range.includes(inside)).toBe(true);
    for (const outside of [['a', 'github:1'], ['xa'], ['y']]) expect(range.includes(outside)).toBe(false);
  });

  it('is nothing for no ids', () => {
    expect(linkRangeOf([])).toBeUndefined();
  });
});

describe('targetsWithRows', () => {
  it('keeps the ids that have a link row, in their order', () => {
    expect(targetsWithRows(['k3', 'k1', 'k2'], [['k1', 'a'], ['k1', 'b'], ['k3', 'a'], ['k9', 'a']])).toEqual(['k3', 'k1']);
    expect(targetsWithRows(['k1'], [])).toEqual([]);
  });
});

describe('OkrStore.write and link rows', () => {
  it('replaces the rows of records that had links, keeps the rows of records not written, and adds the new ones', async () => {
    const store = await openStore({ name: 'stale-links-test' });
    const kr = (id: string, ...links: number[]) => keyResult({ id, objectiveId: 'o', links: links.map(link) });
    await store.write(workspace({ objectives: [objective({ id: 'o' })], keyResults: [kr('a', 1, 2), kr('b', 3), kr('c')] }));
    // 'b' lies between 'a' and 'd' but is not written: its row stays.
    await store.write({ keyResults: [kr('a', 2), kr('c', 4), kr('d', 5)] });
    const owners = async (n: number) => (await store.okrsForLink(link(n).key)).keyResults.map((k) => k.id);
    expect([await owners(1), await owners(2), await owners(3), await owners(4), await owners(5)]).toEqual([[], ['a'], ['b'], ['c'], ['d']]);
  });
});
