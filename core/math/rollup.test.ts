import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIn, initiative, keyResult, objective } from '../../test/builders.ts';
import { objectiveProgress } from './rollup.ts';
import { indexWorkspace } from './workspace-index.ts';

const krsOnly = { includeInitiatives: false, includeChildObjectives: false };
const everything = { includeInitiatives: true, includeChildObjectives: true };

const measuredKr = (id: string, objectiveId: string, value: number, weight = 1) => ({
  kr: keyResult({ id, objectiveId, kind: 'milestone', start: undefined, target: undefined, weight }),
  ci: checkIn({ id: `ci-${id}`, targetId: id, value }),
});

describe('objectiveProgress', () => {
  it('is the weighted mean of its key results', () => {
    const a = measuredKr('a', 'o', 100, 3);
    const b = measuredKr('b', 'o', 20, 1);
    const index = indexWorkspace({ objectives: [objective({ id: 'o' })], keyResults: [a.kr, b.kr], initiatives: [], checkIns: [a.ci, b.ci] });
    expect(objectiveProgress('o', index, krsOnly)).toEqual({ state: 'measured', progress: 0.8 });
  });

  it('counts a pending KR as zero, and is pending only when nothing is measured', () => {
    const a = measuredKr('a', 'o', 60);
    const pending = keyResult({ id: 'p', objectiveId: 'o' });
    const index = indexWorkspace({ objectives: [], keyResults: [a.kr, pending], initiatives: [], checkIns: [a.ci] });
    expect(objectiveProgress('o', index, krsOnly)).toEqual({ state: 'measured', progress: 0.3 });
    const none = indexWorkspace({ objectives: [], keyResults: [pending], initiatives: [], checkIns: [] });
    expect(objectiveProgress('o', none, krsOnly)).toEqual({ state: 'pending' });
    expect(objectiveProgress('empty', none, krsOnly)).toEqual({ state: 'pending' });
  });

  it('ignores KRs with weight 0', () => {
    const a = measuredKr('a', 'o', 60);
    const b = measuredKr('b', 'o', 0, 0);
    const index = indexWorkspace({ objectives: [], keyResults: [a.kr, b.kr], initiatives: [], checkIns: [a.ci, b.ci] });
    expect(objectiveProgress('o', index, krsOnly)).toEqual({ state: 'measured', progress: 0.6 });
  });

  it('adds initiatives and aligned child objectives only when the settings say so', () => {
    const a = measuredKr('a', 'o', 40);
    const c = measuredKr('c', 'child', 100);
    const index = indexWorkspace({
      objectives: [objective({ id: 'o' }), objective({ id: 'child', parentIds: ['o'] })],
      keyResults: [a.kr, c.kr],
      initiatives: [initiative({ parentId: 'o', status: 'done' }), initiative({ parentId: 'o', status: 'cancelled' })],
      checkIns: [a.ci, c.ci],
    });
    expect(objectiveProgress('o', index, krsOnly)).toEqual({ state: 'measured', progress: 0.4 });
    expect(objectiveProgress('o', index, { includeInitiatives: true, includeChildObjectives: false })).toEqual({ state: 'measured', progress: 0.7 });
    const all = objectiveProgress('o', index, everything);
    expect(all.state === 'measured' && all.progress).toBeCloseTo(0.8, 12);
  });

  it('survives alignment cycles', () => {
    const a = measuredKr('a', 'x', 50);
    const index = indexWorkspace({
      objectives: [objective({ id: 'x', parentIds: ['y'] }), objective({ id: 'y', parentIds: ['x'] })],
      keyResults: [a.kr], initiatives: [], checkIns: [a.ci],
    });
    expect(objectiveProgress('x', index, everything).state).toBe('measured');
  });

  it('of equal key results equals each of them, whatever the weights', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }), (value, weights) => {
      const parts = weights.map((w, i) => measuredKr(`k${i}`, 'o', value, w));
      const index = indexWorkspace({ objectives: [], keyResults: parts.map((p) => p.kr), initiatives: [], checkIns: parts.map((p) => p.ci) });
      const result = objectiveProgress('o', index, krsOnly);
      expect(result.state === 'measured' && result.progress).toBeCloseTo(value / 100, 9);
    }));
  });
});
