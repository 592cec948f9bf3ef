import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective } from '../../test/builders.ts';
import { carryOver } from './carry-over.ts';
import { quarterPeriod } from './periods.ts';
import { indexWorkspace } from './workspace-index.ts';

const NOW = '2027-01-04T09:00:00.000Z';

describe('carryOver', () => {
  const o = objective({ id: 'o', state: 'closed', score: 0.6, closingNote: 'half way' });
  const done = keyResult({ id: 'done', objectiveId: 'o', kind: 'binary', start: undefined, target: undefined });
  const half = keyResult({ id: 'half', objectiveId: 'o', start: 100, target: 200, links: [{ key: 'jira:acme.atlassian.net/OPS-1', url: 'https://acme.atlassian.net/browse/OPS-1' }] });
  const never = keyResult({ id: 'never', objectiveId: 'o', kind: 'milestone' });
  const index = indexWorkspace({
    objectives: [o], keyResults: [done, half, never], initiatives: [],
    checkIns: [checkIn({ targetId: 'done', value: 1 }), checkIn({ targetId: 'half', value: 150 })],
  });
  let n = 0;
  const newId = () => `new-${++n}`;

  it('copies the objective and only its unfinished KRs into the next period, linking back', () => {
    const result = carryOver(o, index, quarterPeriod(2027, 1, NOW), { now: NOW, newId });
    expect(result?.objective).toMatchObject({ periodId: '2027-q1', state: 'active', carriedFromId: 'o', updatedAt: NOW });
    expect(result?.objective.score).toBeUndefined();
    expect(result?.objective.closingNote).toBeUndefined();
    expect(result?.keyResults.map((k) => [k.carriedFromId, k.objectiveId === result.objective.id, k.start])).toEqual([
      ['half', true, 150],
      ['never', true, 20],
    ]);
    expect(result?.keyResults[0]?.links).toEqual(half.links);
  });

  it('returns nothing to carry when every KR is finished', () => {
    const only = indexWorkspace({ objectives: [o], keyResults: [done], initiatives: [], checkIns: [checkIn({ targetId: 'done', value: 1 })] });
    expect(carryOver(o, only, quarterPeriod(2027, 1, NOW), { now: NOW, newId })).toBeUndefined();
  });
});
