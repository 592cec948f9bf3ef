import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective } from '../../test/builders.ts';
import type { CheckIn, KeyResult } from '../model/records.ts';
import { validateRecord } from '../model/validate.ts';
import { carryOver } from './carry-over.ts';
import { quarterPeriod } from './periods.ts';
import { indexWorkspace } from './workspace-index.ts';

const NOW = '2027-01-04T09:00:00.000Z';
const NEXT = quarterPeriod(2027, 1, NOW);
const o = objective({ id: 'o', state: 'closed', score: 0.6, closingNote: 'half way' });

function carry(krs: KeyResult[], checkIns: CheckIn[]) {
  let n = 0;
  return carryOver(o, indexWorkspace({ objectives: [o], keyResults: krs, initiatives: [], checkIns }), NEXT, { now: NOW, newId: () => `new-${++n}` });
}

describe('carryOver', () => {
  const done = keyResult({ id: 'done', objectiveId: 'o', kind: 'binary', start: undefined, target: undefined });
  const half = keyResult({ id: 'half', objectiveId: 'o', start: 100, target: 200, score: 0.5, links: [{ key: 'jira:acme.atlassian.net/OPS-1', url: 'https://acme.atlassian.net/browse/OPS-1' }] });
  const never = keyResult({ id: 'never', objectiveId: 'o', kind: 'milestone' });

  it('copies the objective and only its unfinished KRs into the next period, linking back', () => {
    const result = carry([done, half, never], [checkIn({ targetId: 'done', value: 1 }), checkIn({ targetId: 'half', value: 150 })]);
    expect(result?.objective).toMatchObject({ id: 'new-1', periodId: '2027-q1', state: 'active', carriedFromId: 'o', updatedAt: NOW, title: o.title });
    expect(result?.objective.score).toBeUndefined();
    expect(result?.objective.closingNote).toBeUndefined();
    expect(result?.keyResults.map((k) => [k.id, k.carriedFromId, k.objectiveId, k.start, k.state, k.updatedAt])).toEqual([
      ['new-2', 'half', 'new-1', 150, 'active', NOW],
      ['new-3', 'never', 'new-1', 20, 'active', NOW],
    ]);
    expect(result?.keyResults[0]?.links).toEqual(half.links);
    expect(result?.keyResults[0]?.score).toBeUndefined();
    expect(result?.keyResults[0]?.target).toBe(200);
  });

  it('returns nothing to carry when every KR is finished', () => {
    expect(carry([done], [checkIn({ targetId: 'done', value: 1 })])).toBeUndefined();
    expect(carry([], [])).toBeUndefined();
  });

  it('leaves draft KRs behind', () => {
    const draft = keyResult({ id: 'd', objectiveId: 'o', state: 'draft' });
    expect(carry([draft], [])).toBeUndefined();
    expect(carry([draft, never], [])?.keyResults.map((k) => k.carriedFromId)).toEqual(['never']);
  });

  it('treats a KR whose start equals its target as finished once the value passes it', () => {
    // Before: 150 against start = target = 100 scored 0 and was carried with start 150, target 100.
    const threshold = keyResult({ id: 't', objectiveId: 'o', start: 100, target: 100 });
    expect(carry([threshold], [checkIn({ targetId: 't', value: 150 })])).toBeUndefined();
    const short = carry([threshold], [checkIn({ targetId: 't', value: 90 })]);
    expect(short?.keyResults[0]).toMatchObject({ start: 90, target: 100 });
    for (const kr of short?.keyResults ?? []) expect(validateRecord('keyResult', kr)).toEqual([]);
  });

  it('restarts a decreasing KR from the value reached, keeping its direction', () => {
    const churn = keyResult({ id: 'c', objectiveId: 'o', kind: 'decrease', start: 8, target: 2 });
    expect(carry([churn], [checkIn({ targetId: 'c', value: 5 })])?.keyResults[0]).toMatchObject({ start: 5, target: 2, kind: 'decrease' });
    expect(carry([churn], [checkIn({ targetId: 'c', value: 2 })])).toBeUndefined();
  });

  it('gives a KR without a start the value reached as its start, unless that would turn it around', () => {
    const noStart = keyResult({ id: 'n', objectiveId: 'o', kind: 'decrease', start: undefined, target: 2 });
    expect(carry([noStart], [checkIn({ targetId: 'n', value: 5 })])?.keyResults[0]).toMatchObject({ start: 5, target: 2 });
    // Already below its target of 2, but unmeasured: carried, and still without a start.
    const past = carry([noStart], [checkIn({ targetId: 'n', value: 1 })])?.keyResults[0];
    expect(past?.start).toBeUndefined();
    expect(carry([noStart], [checkIn({ targetId: 'n', value: 2 })])?.keyResults[0]?.start).toBeUndefined();
    const up = keyResult({ id: 'u', objectiveId: 'o', kind: 'increase', start: undefined, target: 10 });
    expect(carry([up], [checkIn({ targetId: 'u', value: 12 })])?.keyResults[0]?.start).toBeUndefined();
    expect(carry([up], [checkIn({ targetId: 'u', value: 10 })])?.keyResults[0]?.start).toBeUndefined();
    expect(carry([up], [checkIn({ targetId: 'u', value: 4 })])?.keyResults[0]?.start).toBe(4);
    const noTarget = keyResult({ id: 'nt', objectiveId: 'o', kind: 'increase', start: 1, target: undefined });
    expect(carry([noTarget], [checkIn({ targetId: 'nt', value: 3 })])?.keyResults[0]).toMatchObject({ start: 3 });
    expect(carry([noTarget], [])?.keyResults[0]).toMatchObject({ start: 1 });
  });

  it('keeps the start of KRs that are not metrics', () => {
    const milestone = keyResult({ id: 'm', objectiveId: 'o', kind: 'milestone', start: undefined, target: undefined });
    expect(carry([milestone], [checkIn({ targetId: 'm', value: 40 })])?.keyResults[0]?.start).toBeUndefined();
    const guard = keyResult({ id: 'g', objectiveId: 'o', kind: 'stay-above', start: 5, target: 99 });
    expect(carry([guard], [checkIn({ targetId: 'g', value: 90 })])?.keyResults[0]?.start).toBe(5);
  });

  it("reads only the KR's own check-ins, not those of an initiative that shares its id", () => {
    const shared = keyResult({ id: 'x', objectiveId: 'o', start: 0, target: 10 });
    const ofInitiative = checkIn({ targetType: 'initiative', targetId: 'x', value: 10 });
    expect(carry([shared], [ofInitiative])?.keyResults[0]?.start).toBe(0);
  });
});
