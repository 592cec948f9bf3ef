import { describe, expect, it } from 'vitest';
import { checkIn, initiative, keyResult, objective } from '../../test/builders.ts';
import { checkInsOf, indexWorkspace } from './workspace-index.ts';

describe('indexWorkspace', () => {
  it('keeps the check-ins of records that share an id apart by their type', () => {
    const forKr = checkIn({ id: 'a', targetType: 'keyResult', targetId: 'x' });
    const forInitiative = checkIn({ id: 'b', targetType: 'initiative', targetId: 'x' });
    const forObjective = checkIn({ id: 'c', targetType: 'objective', targetId: 'x' });
    const second = checkIn({ id: 'd', targetType: 'initiative', targetId: 'x' });
    const index = indexWorkspace({
      objectives: [objective({ id: 'x' })], keyResults: [keyResult({ id: 'x' })], initiatives: [initiative({ id: 'x' })],
      checkIns: [forKr, forInitiative, forObjective, second],
    });
    expect(checkInsOf(index, 'keyResult', 'x')).toEqual([forKr]);
    expect(checkInsOf(index, 'initiative', 'x')).toEqual([forInitiative, second]);
    expect(checkInsOf(index, 'objective', 'x')).toEqual([forObjective]);
    expect(checkInsOf(index, 'objective', 'y')).toEqual([]);
    expect(checkInsOf(index, 'keyResult', 'y')).toEqual([]);
  });

  it('groups children under every parent they name, and key results and initiatives under theirs', () => {
    const child = objective({ id: 'c', parentIds: ['a', 'b'] });
    const index = indexWorkspace({ objectives: [objective({ id: 'a' }), child], keyResults: [keyResult({ id: 'k', objectiveId: 'a' })], initiatives: [initiative({ id: 'i', parentId: 'k' })], checkIns: [] });
    expect(index.childObjectivesByParent.get('a')).toEqual([child]);
    expect(index.childObjectivesByParent.get('b')).toEqual([child]);
    expect(index.keyResultsByObjective.get('a')?.map((k) => k.id)).toEqual(['k']);
    expect(index.initiativesByParent.get('k')?.map((i) => i.id)).toEqual(['i']);
    expect([...index.objectives.keys()]).toEqual(['a', 'c']);
    expect([...index.keyResults.keys()]).toEqual(['k']);
  });
});
