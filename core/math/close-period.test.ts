import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, period, workspace } from '../../test/builders.ts';
import { validateWorkspace } from '../model/validate.ts';
import { closePeriod } from './close-period.ts';

const NOW = '2027-01-04T09:00:00.000Z';
const ws = () => workspace({
  objectives: [
    objective({ id: 'o1', commitment: 'aspirational' }),
    objective({ id: 'o2' }),
    objective({ id: 'old', state: 'closed', score: 1 }),
    objective({ id: 'other', periodId: '2026-q3' }),
  ],
  periods: [period(), period({ id: '2026-q3', name: '2026 Q3', start: '2026-07-01', end: '2026-09-30' })],
  keyResults: [
    keyResult({ id: 'k1', objectiveId: 'o1', start: 0, target: 10 }),
    keyResult({ id: 'k2', objectiveId: 'o1', start: 0, target: 10 }),
    keyResult({ id: 'k3', objectiveId: 'o2', kind: 'binary', start: undefined, target: undefined }),
  ],
  checkIns: [checkIn({ targetId: 'k1', value: 10 }), checkIn({ targetId: 'k2', value: 4 }), checkIn({ targetId: 'k3', value: 1 })],
});

function close(choices: Parameters<typeof closePeriod>[2] = []) {
  let n = 0;
  return closePeriod(ws(), '2026-q4', choices, { now: NOW, newId: () => `new-${++n}` });
}

describe('closePeriod', () => {
  it('closes every open objective of the period with its suggested score and its KRs with theirs', () => {
    const result = close();
    expect(result.objectives.map((o) => [o.id, o.state, o.score])).toEqual([['o1', 'closed', 0.7], ['o2', 'closed', 1]]);
    expect(result.keyResults.map((k) => [k.id, k.state, k.score])).toEqual([['k1', 'closed', 1], ['k2', 'closed', 0.4], ['k3', 'closed', 1]]);
  });

  it('takes the override and the note', () => {
    const [o1] = close([{ objectiveId: 'o1', score: 0.5, note: 'Pricing slipped' }]).objectives;
    expect(o1).toMatchObject({ score: 0.5, closingNote: 'Pricing slipped', updatedAt: NOW });
  });

  it('carries unfinished KRs into the next period, creating it when missing', () => {
    const result = close();
    expect(result.next?.period).toMatchObject({ id: '2027-q1', name: '2027 Q1' });
    expect(result.next?.created.map((p) => p.id)).toEqual(['2027', '2027-q1']);
    expect(result.carried.map((c) => [c.from, c.objective.periodId, c.keyResults.map((k) => k.carriedFromId)])).toEqual([['o1', '2027-q1', ['k2']]]);
  });

  it('carries nothing for an objective the person chose not to carry, and needs no next period then', () => {
    const result = close([{ objectiveId: 'o1', carryOver: false }, { objectiveId: 'o2', carryOver: false }]);
    expect(result.carried).toEqual([]);
    expect(result.next).toBeUndefined();
  });

  it('yields records that make a valid workspace together', () => {
    const before = ws();
    const result = close();
    const after = {
      ...before,
      periods: [...before.periods, ...(result.next?.created ?? [])],
      objectives: [...before.objectives.filter((o) => !result.objectives.some((c) => c.id === o.id)), ...result.objectives, ...result.carried.map((c) => c.objective)],
      keyResults: [...before.keyResults.filter((k) => !result.keyResults.some((c) => c.id === k.id)), ...result.keyResults, ...result.carried.flatMap((c) => c.keyResults)],
    };
    expect(validateWorkspace(after)).toEqual([]);
  });

  it('refuses an unknown period', () => {
    expect(() => closePeriod(ws(), 'nope', [], { now: NOW, newId: () => 'x' })).toThrow('no period has id "nope"');
  });
});
