import { describe, expect, it } from 'vitest';
import { initiative, keyResult, objective, workspace } from '../../test/builders.ts';
import { openStore } from './okr-store.ts';

let n = 0;
const link = { key: 'jira:acme.atlassian.net/GROW-1', url: 'https://acme.atlassian.net/browse/GROW-1' };

describe('OkrStore.deleteAll', () => {
  it('deletes records of several types at once, with a tombstone (and last state) for each', async () => {
    const store = await openStore({ name: `delete-all-test-${++n}` });
    const kr = keyResult({ id: 'k1', objectiveId: 'o1', links: [link] });
    await store.write(workspace({ objectives: [objective({ id: 'o1' }), objective({ id: 'o2' })], keyResults: [kr], initiatives: [initiative({ id: 'i1', parentId: 'k1', parentType: 'keyResult' })] }));
    await store.deleteAll([{ type: 'objective', id: 'o1' }, { type: 'keyResult', id: 'k1', last: kr }, { type: 'initiative', id: 'i1' }], '2026-11-20T20:00:00.000Z');
    const loaded = await store.load();
    expect(loaded?.objectives.map((o) => o.id)).toEqual(['o2']);
    expect(loaded?.keyResults).toEqual([]);
    expect(loaded?.initiatives).toEqual([]);
    expect(loaded?.tombstones.map((t) => [t.type, t.id, t.last?.id]).sort()).toEqual([['initiative', 'i1', undefined], ['keyResult', 'k1', 'k1'], ['objective', 'o1', undefined]]);
    expect((await store.okrsForLink(link.key)).links).toEqual([]);
  });
});
