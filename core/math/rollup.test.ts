import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignmentArbitrary, alignmentChain, alignmentLattice, type AlignmentCase } from '../../test/arbitraries/alignment.ts';
import { checkIn, initiative, keyResult, objective } from '../../test/builders.ts';
import { krProgress } from './progress.ts';
import { createRollup, objectiveProgress, type ObjectiveProgress, type RollupSettings } from './rollup.ts';
import { childCounts, initiativeCounts, initiativeProgress, keyResultWeights } from './rollup-rules.ts';
import { checkInsOf, indexWorkspace, type WorkspaceIndex } from './workspace-index.ts';

const krsOnly = { includeInitiatives: false, includeChildObjectives: false };
const withChildren = { includeInitiatives: false, includeChildObjectives: true };
const everything = { includeInitiatives: true, includeChildObjectives: true };

const measuredKr = (id: string, objectiveId: string, value: number, weight = 1) => ({
  kr: keyResult({ id, objectiveId, kind: 'milestone', start: undefined, target: undefined, weight }),
  ci: checkIn({ id: `ci-${id}`, targetId: id, value }),
});
const indexOf = (c: AlignmentCase) => indexWorkspace({ ...c, initiatives: [] });
const progressNumber = (p: ObjectiveProgress) => (p.state === 'measured' ? p.progress : undefined);

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
    const noStart = keyResult({ id: 'ns', objectiveId: 'o2', kind: 'decrease', start: undefined, target: 2 });
    const index = indexWorkspace({ objectives: [], keyResults: [a.kr, pending, noStart], initiatives: [], checkIns: [a.ci, checkIn({ targetId: 'ns', value: 5 })] });
    expect(objectiveProgress('o', index, krsOnly)).toEqual({ state: 'measured', progress: 0.3 });
    // A decrease without a start is not "done" at 5 of target 2: it is not measured at all.
    expect(objectiveProgress('o2', index, krsOnly)).toEqual({ state: 'pending' });
    const none = indexWorkspace({ objectives: [], keyResults: [pending], initiatives: [], checkIns: [] });
    expect(objectiveProgress('o', none, krsOnly)).toEqual({ state: 'pending' });
    expect(objectiveProgress('empty', none, krsOnly)).toEqual({ state: 'pending' });
  });

  it('ignores KRs with weight 0, but counts them equally when every KR weighs 0', () => {
    const a = measuredKr('a', 'o', 60);
    const b = measuredKr('b', 'o', 0, 0);
    const index = indexWorkspace({ objectives: [], keyResults: [a.kr, b.kr], initiatives: [], checkIns: [a.ci, b.ci] });
    expect(objectiveProgress('o', index, krsOnly)).toEqual({ state: 'measured', progress: 0.6 });
    const z1 = measuredKr('z1', 'z', 60, 0);
    const z2 = measuredKr('z2', 'z', 20, 0);
    const zeros = indexWorkspace({ objectives: [], keyResults: [z1.kr, z2.kr], initiatives: [], checkIns: [z1.ci, z2.ci] });
    expect(objectiveProgress('z', zeros, krsOnly)).toEqual({ state: 'measured', progress: 0.4 });
  });

  it('leaves draft key results out: not agreed yet, so not a zero either', () => {
    const a = measuredKr('a', 'o', 80);
    const draft = { ...measuredKr('d', 'o', 0), kr: keyResult({ id: 'd', objectiveId: 'o', state: 'draft', kind: 'milestone' }) };
    const index = indexWorkspace({ objectives: [], keyResults: [a.kr, draft.kr], initiatives: [], checkIns: [a.ci, draft.ci] });
    expect(objectiveProgress('o', index, krsOnly)).toEqual({ state: 'measured', progress: 0.8 });
    const onlyDraft = indexWorkspace({ objectives: [], keyResults: [draft.kr], initiatives: [], checkIns: [draft.ci] });
    expect(objectiveProgress('o', onlyDraft, krsOnly)).toEqual({ state: 'pending' });
    expect([...keyResultWeights([a.kr, draft.kr, keyResult({ id: 'w0', weight: 0 })])]).toEqual([['a', { weight: 1 }], ['d', { excluded: 'draft' }], ['w0', { excluded: 'weight-0' }]]);
    expect([...keyResultWeights([draft.kr, keyResult({ id: 'w0', weight: 0 })])]).toEqual([['d', { excluded: 'draft' }], ['w0', { weight: 1 }]]);
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
    expect(objectiveProgress('o', index, withChildren)).toEqual({ state: 'measured', progress: 0.7 });
    const all = objectiveProgress('o', index, everything);
    expect(all.state === 'measured' && all.progress).toBeCloseTo(0.8, 12);
  });

  it('counts a done initiative as done, whatever progress it was left with; one without progress as 0', () => {
    const a = measuredKr('a', 'o', 40);
    const index = indexWorkspace({
      objectives: [objective({ id: 'o' })], keyResults: [a.kr], checkIns: [a.ci],
      initiatives: [initiative({ parentId: 'o', status: 'done', progress: 0.2 }), initiative({ parentId: 'o', status: 'in-progress' }),
        initiative({ parentId: 'a', parentType: 'keyResult', status: 'done' })],
    });
    expect(objectiveProgress('o', index, everything)).toEqual({ state: 'measured', progress: (0.4 + 1 + 0) / 3 });
    expect(initiativeProgress(initiative({ status: 'in-progress', progress: 0.3 }))).toBe(0.3);
    expect(initiativeProgress(initiative({ status: 'not-started' }))).toBeUndefined();
    expect(initiativeCounts(initiative({ status: 'cancelled' }))).toBe(false);
    expect(initiativeCounts(initiative({ parentType: 'keyResult' }))).toBe(false);
    expect(initiativeCounts(initiative({ status: 'not-started' }))).toBe(true);
    // An initiative without any progress makes nothing "measured" on its own.
    const bare = indexWorkspace({ objectives: [], keyResults: [], checkIns: [], initiatives: [initiative({ parentId: 'x', status: 'in-progress' })] });
    expect(objectiveProgress('x', bare, everything)).toEqual({ state: 'pending' });
  });

  it('counts a child objective only from the same period, not a draft, and not private under a public parent', () => {
    const parent = objective({ id: 'p' });
    const full = measuredKr('pk', 'p', 100);
    const cases: [string, Partial<Parameters<typeof objective>[0]>, boolean][] = [
      ['same period', {}, true],
      ['closed', { state: 'closed' }, true],
      ['other period', { periodId: '2026-q3' }, false],
      ['draft', { state: 'draft' }, false],
      ['private', { private: true }, false],
    ];
    for (const [, overrides, counts] of cases) {
      const child = objective({ id: 'c', parentIds: ['p'], ...overrides });
      const zero = measuredKr('ck', 'c', 0);
      const index = indexWorkspace({ objectives: [parent, child], keyResults: [full.kr, zero.kr], initiatives: [], checkIns: [full.ci, zero.ci] });
      expect(childCounts(parent, child)).toBe(counts);
      expect(objectiveProgress('p', index, withChildren)).toEqual({ state: 'measured', progress: counts ? 0.5 : 1 });
    }
    // A private parent may count its private children: its readers can see them.
    expect(childCounts(objective({ private: true }), objective({ private: true }))).toBe(true);
  });

  it('leaves out a child with nothing to count, and counts a child with only pending KRs as 0', () => {
    const full = measuredKr('pk', 'p', 100);
    const objectives = [objective({ id: 'p' }), objective({ id: 'empty', parentIds: ['p'] }), objective({ id: 'waiting', parentIds: ['p'] })];
    const index = indexWorkspace({ objectives, keyResults: [full.kr, keyResult({ id: 'w', objectiveId: 'waiting' })], initiatives: [], checkIns: [full.ci] });
    expect(objectiveProgress('p', index, withChildren)).toEqual({ state: 'measured', progress: 0.5 });
    expect(objectiveProgress('waiting', index, withChildren)).toEqual({ state: 'pending' });
  });

  it('counts a child listed twice under one parent once, and under each of its parents', () => {
    const c = measuredKr('ck', 'c', 0);
    const a = measuredKr('ak', 'a', 100);
    const b = measuredKr('bk', 'b', 100);
    const index = indexWorkspace({
      objectives: [objective({ id: 'a' }), objective({ id: 'b' }), objective({ id: 'c', parentIds: ['a', 'a', 'b'] })],
      keyResults: [a.kr, b.kr, c.kr], initiatives: [], checkIns: [a.ci, b.ci, c.ci],
    });
    const rollup = createRollup(index, withChildren);
    expect(rollup('a')).toEqual({ state: 'measured', progress: 0.5 });
    expect(rollup('b')).toEqual({ state: 'measured', progress: 0.5 });
  });

  it('survives alignment cycles, and does not count objectives of a cycle toward each other', () => {
    const x = measuredKr('xk', 'x', 50);
    const y = measuredKr('yk', 'y', 100);
    const z = measuredKr('zk', 'z', 0);
    const index = indexWorkspace({
      objectives: [objective({ id: 'x', parentIds: ['y'] }), objective({ id: 'y', parentIds: ['x'] }), objective({ id: 'z', parentIds: ['y'] }), objective({ id: 'self', parentIds: ['self'] })],
      keyResults: [x.kr, y.kr, z.kr], initiatives: [], checkIns: [x.ci, y.ci, z.ci],
    });
    for (const order of [['x', 'y', 'z'], ['y', 'x', 'z'], ['z', 'y', 'x']]) {
      const rollup = createRollup(index, everything);
      const got = Object.fromEntries(order.map((id) => [id, rollup(id)]));
      expect(got).toEqual({ x: { state: 'measured', progress: 0.5 }, y: { state: 'measured', progress: 0.5 }, z: { state: 'measured', progress: 0 } });
    }
    expect(objectiveProgress('self', index, everything)).toEqual({ state: 'pending' });
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

// The plain recursive definition, for graphs without cycles: the memoised walk must agree with it.
function reference(id: string, index: WorkspaceIndex, settings: RollupSettings): { progress: number | undefined; parts: number } {
  const own = index.keyResultsByObjective.get(id) ?? [];
  const weights = keyResultWeights(own);
  let [weight, sum, parts, measured] = [0, 0, 0, false];
  const add = (w: number, p: number | undefined) => { weight += w; sum += w * (p ?? 0); parts++; measured ||= p !== undefined; };
  for (const kr of own) {
    const w = weights.get(kr.id)!;
    if (!('weight' in w)) continue;
    const p = krProgress(kr, checkInsOf(index, 'keyResult', kr.id));
    add(w.weight, p.state === 'measured' ? p.progress : undefined);
  }
  const parent = index.objectives.get(id)!;
  if (settings.includeChildObjectives) {
    const children = new Map((index.childObjectivesByParent.get(id) ?? []).map((c) => [c.id, c]));
    for (const c of children.values()) {
      if (!childCounts(parent, c)) continue;
      const r = reference(c.id, index, settings);
      if (r.parts > 0) add(1, r.progress);
    }
  }
  return { progress: measured && weight > 0 ? Math.min(1, Math.max(0, sum / weight)) : undefined, parts };
}

describe('createRollup on alignment chains and lattices', () => {
  it('agrees with the plain recursive definition on lattices where objectives have several parents', () => {
    fc.assert(fc.property(alignmentArbitrary({ cycles: false }), (c) => {
      const index = indexOf(c);
      const rollup = createRollup(index, withChildren);
      for (const o of [...c.objectives].reverse()) {
        const got = progressNumber(rollup(o.id));
        const want = reference(o.id, index, withChildren).progress;
        if (want === undefined) expect(got).toBeUndefined();
        else expect(got).toBeCloseTo(want, 9);
      }
    }), { numRuns: 300 });
  });

  it('gives the same answers whichever objective is asked first, cycles included', () => {
    fc.assert(fc.property(alignmentArbitrary({ cycles: true }), fc.nat(), (c, seed) => {
      const index = indexOf(c);
      const ids = c.objectives.map((o) => o.id);
      const shuffled = [...ids].sort((a, b) => ((a.charCodeAt(1) * 31 + seed) % 7) - ((b.charCodeAt(1) * 31 + seed) % 7) || b.localeCompare(a));
      const first = createRollup(index, everything);
      const second = createRollup(index, everything);
      const inOrder = Object.fromEntries(ids.map((id) => [id, first(id)]));
      const otherOrder = Object.fromEntries(shuffled.map((id) => [id, second(id)]));
      expect(otherOrder).toEqual(inOrder);
      for (const p of Object.values(inOrder)) if (p.state === 'measured') expect(p.progress >= 0 && p.progress <= 1).toBe(true);
    }), { numRuns: 300 });
  });

  it('walks a chain 20,000 objectives deep without overflowing the stack', () => {
    const chain = alignmentChain(20_000, 50);
    const rollup = createRollup(indexOf(chain), withChildren);
    expect(rollup('c0')).toEqual({ state: 'measured', progress: 0.5 });
    expect(rollup('c19999')).toEqual({ state: 'measured', progress: 0.5 });
  });

  it('sums a lattice with several parents per objective once per objective, not once per path', () => {
    // 45 levels, each objective aligned to both objectives above: 2^44 paths from the top.
    const lattice = alignmentLattice(45, 2, 2, 40);
    const index = indexOf(lattice);
    let krReads = 0;
    class CountingMap<K, V> extends Map<K, V> {
      override get(key: K) { krReads++; return super.get(key); }
    }
    const counted = { ...index, keyResultsByObjective: new CountingMap(index.keyResultsByObjective) };
    const top = createRollup(counted, withChildren)('l0-0');
    expect(top.state === 'measured' && top.progress).toBeCloseTo(0.4, 9);
    // Every objective below l0-0 (88) and l0-0 itself, once each; its sibling root is not asked.
    expect(krReads).toBe(89);
  });
});
