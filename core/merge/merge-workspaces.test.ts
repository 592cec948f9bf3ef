import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divergentCopies } from '../../test/arbitraries/divergent.ts';
import { checkIn, keyResult, objective, workspace } from '../../test/builders.ts';
import { validateWorkspace } from '../model/validate.ts';
import { mergeWorkspaces, type MergeInput } from './merge-workspaces.ts';

const NOW = new Date('2026-11-20T20:00:00Z');
const merge = (inputs: MergeInput[]) => mergeWorkspaces(inputs, NOW).ws;
const shuffled = <T>(list: T[], seed: number) => [...list].sort((a, b) => ((list.indexOf(a) * 7919 + seed) % 13) - ((list.indexOf(b) * 7919 + seed) % 13));

describe('mergeWorkspaces laws', () => {
  it('gives the same result in any order', () => {
    fc.assert(fc.property(divergentCopies, fc.nat(), (inputs, seed) => {
      expect(merge(shuffled(inputs, seed))).toEqual(merge(inputs));
      expect(merge([...inputs].reverse())).toEqual(merge(inputs));
    }), { numRuns: 200 });
  });

  it('is associative: merging in steps equals merging at once', () => {
    fc.assert(fc.property(divergentCopies, (inputs) => {
      const [first, ...rest] = inputs;
      const stepwise = rest.reduce((acc, next) => ({ source: 'acc', ws: merge([acc, next]) }), first!);
      const right = inputs.reduceRight((acc, next) => ({ source: 'acc', ws: merge([next, acc]) }));
      expect(stepwise.ws).toEqual(merge(inputs));
      expect(right.ws).toEqual(merge(inputs));
    }), { numRuns: 200 });
  });

  it('changes nothing when the same data is merged again', () => {
    fc.assert(fc.property(divergentCopies, (inputs) => {
      const once = merge(inputs);
      expect(merge([{ source: 'merged', ws: once }, ...inputs])).toEqual(once);
      expect(merge([{ source: 'a', ws: once }, { source: 'b', ws: once }])).toEqual(once);
    }), { numRuns: 200 });
  });

  it('loses no check-in unless a tombstone deletes it, and keeps every tombstone', () => {
    fc.assert(fc.property(divergentCopies, (inputs) => {
      const out = merge(inputs);
      const deleted = new Set(out.tombstones.map((t) => t.id));
      const kept = new Set(out.checkIns.map((c) => c.id));
      for (const c of inputs.flatMap((i) => i.ws.checkIns)) if (!deleted.has(c.id)) expect(kept.has(c.id), c.id).toBe(true);
      expect(new Set(out.tombstones.map((t) => t.id))).toEqual(new Set(inputs.flatMap((i) => i.ws.tombstones.map((t) => t.id))));
    }), { numRuns: 200 });
  });

  it('produces a valid workspace from valid inputs when nothing was deleted', () => {
    fc.assert(fc.property(divergentCopies, (inputs) => {
      fc.pre(inputs.every((i) => i.ws.tombstones.length === 0));
      expect(validateWorkspace(merge(inputs))).toEqual([]);
    }), { numRuns: 100 });
  });
});

describe('mergeWorkspaces cases', () => {
  const base = () => workspace({ objectives: [objective({ id: 'o', title: 'Old title', updatedAt: '2026-11-01T09:00:00.000Z' })], keyResults: [keyResult({ id: 'k', objectiveId: 'o', updatedAt: '2026-11-01T09:00:00.000Z' })] });

  it('takes the later edit of each field and reports the conflict', () => {
    const a = base();
    a.objectives[0] = { ...a.objectives[0]!, title: 'From Ada', updatedAt: '2026-11-02T09:00:00.000Z' };
    const b = base();
    b.objectives[0] = { ...b.objectives[0]!, title: 'From Grace', tags: ['growth'], updatedAt: '2026-11-01T09:00:00.000Z', fieldClocks: { title: '2026-11-01T09:00:00.000Z', tags: '2026-11-03T09:00:00.000Z|0000|grace' } };
    const { ws, report } = mergeWorkspaces([{ source: 'ada.okr.json', ws: a }, { source: 'grace.okr.json', ws: b }], NOW);
    expect(ws.objectives[0]).toMatchObject({ title: 'From Ada', tags: ['growth'], updatedAt: '2026-11-02T09:00:00.000Z', fieldClocks: { tags: '2026-11-03T09:00:00.000Z|0000|grace' } });
    expect(report.conflicts.map((c) => [c.recordType, c.id, c.field, c.winner.source, c.others.map((o) => o.source)])).toEqual([
      ['objective', 'o', 'tags', 'grace.okr.json', ['ada.okr.json']],
      ['objective', 'o', 'title', 'ada.okr.json', ['grace.okr.json']],
    ]);
  });

  it('lets a deletion win over older edits, and a newer edit win over the deletion', () => {
    const deleter = base();
    deleter.keyResults = [];
    deleter.tombstones = [{ id: 'k', type: 'keyResult', deletedAt: '2026-11-05T09:00:00.000Z' }];
    const olderEdit = base();
    olderEdit.keyResults[0] = { ...olderEdit.keyResults[0]!, title: 'Edited before', updatedAt: '2026-11-04T09:00:00.000Z' };
    expect(merge([{ source: 'a', ws: deleter }, { source: 'b', ws: olderEdit }]).keyResults).toEqual([]);
    const newerEdit = base();
    newerEdit.keyResults[0] = { ...newerEdit.keyResults[0]!, title: 'Edited after', updatedAt: '2026-11-06T09:00:00.000Z' };
    const out = merge([{ source: 'a', ws: deleter }, { source: 'b', ws: newerEdit }]);
    expect(out.keyResults.map((k) => k.title)).toEqual(['Edited after']);
    expect(out.tombstones).toHaveLength(1);
  });

  it('lets the latest of several deletions of a record decide', () => {
    const deletion = (deletedAt: string) => {
      const ws = base();
      ws.keyResults = [];
      ws.tombstones = [{ id: 'k', type: 'keyResult', deletedAt }];
      return ws;
    };
    const edit = base();
    edit.keyResults[0] = { ...edit.keyResults[0]!, title: 'Edited between the deletions', updatedAt: '2026-11-03T09:00:00.000Z' };
    const inputs = [{ source: 'a', ws: deletion('2026-11-02T09:00:00.000Z') }, { source: 'b', ws: edit }, { source: 'c', ws: deletion('2026-11-04T09:00:00.000Z') }];
    for (const order of [inputs, [...inputs].reverse()]) {
      const out = merge(order);
      expect(out.keyResults).toEqual([]);
      expect(out.tombstones).toEqual([{ id: 'k', type: 'keyResult', deletedAt: '2026-11-04T09:00:00.000Z', last: expect.objectContaining({ title: 'Edited between the deletions' }) }]);
    }
  });

  it('remembers a deleted record, so merging step by step matches merging at once', () => {
    // Found by the associativity property: one copy edits, one deletes, a third edits later.
    const edited = base();
    edited.objectives[0] = { ...edited.objectives[0]!, title: 'Edited', updatedAt: '2026-11-01T09:01:00.000Z' };
    const deleter = base();
    deleter.objectives = [];
    deleter.tombstones = [{ id: 'o', type: 'objective', deletedAt: '2026-11-01T09:01:00.000Z' }];
    const later = base();
    later.objectives[0] = { ...later.objectives[0]!, tags: ['late'], updatedAt: '2026-11-01T09:02:00.000Z', fieldClocks: { title: '2026-11-01T09:00:00.000Z|0000|c', tags: '2026-11-01T09:02:00.000Z|0000|c' } };
    const [a, b, c] = [{ source: 'a', ws: edited }, { source: 'b', ws: deleter }, { source: 'c', ws: later }];
    const stepwise = merge([{ source: 'ab', ws: merge([a, b]) }, c]);
    expect(stepwise).toEqual(merge([a, b, c]));
    expect(stepwise.objectives[0]).toMatchObject({ title: 'Edited', tags: ['late'] });
    expect(merge([a, b]).tombstones[0]?.last).toMatchObject({ id: 'o', title: 'Edited' });
  });

  it('keeps every check-in from every copy', () => {
    const a = base();
    a.checkIns = [checkIn({ id: 'c1', targetId: 'k', value: 21 })];
    const b = base();
    b.checkIns = [checkIn({ id: 'c2', targetId: 'k', value: 25 })];
    expect(merge([{ source: 'a', ws: a }, { source: 'b', ws: b }]).checkIns.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('revives a record whose field was edited after the deletion, even if its updatedAt is older', () => {
    const deleter = base();
    deleter.objectives = [];
    deleter.tombstones = [{ id: 'o', type: 'objective', deletedAt: '2026-11-05T09:00:00.000Z' }];
    const edited = base();
    edited.objectives[0] = { ...edited.objectives[0]!, title: 'Edited later', fieldClocks: { title: '2026-11-06T09:00:00.000Z|0000|phone' } };
    const out = merge([{ source: 'a', ws: deleter }, { source: 'b', ws: edited }]);
    expect(out.objectives.map((o) => o.title)).toEqual(['Edited later']);
  });

  it('lists tombstones by id, then record type, whatever order the copies hold them in', () => {
    const deletedAt = '2026-11-05T09:00:00.000Z';
    const a = base();
    a.tombstones = [{ id: 'x', type: 'person', deletedAt }, { id: 'w', type: 'team', deletedAt }];
    const b = base();
    b.tombstones = [{ id: 'x', type: 'keyResult', deletedAt }, { id: 'v', type: 'person', deletedAt }];
    const expected = [['v', 'person'], ['w', 'team'], ['x', 'keyResult'], ['x', 'person']];
    for (const inputs of [[{ source: 'a', ws: a }, { source: 'b', ws: b }], [{ source: 'b', ws: b }, { source: 'a', ws: a }]]) {
      expect(merge(inputs).tombstones.map((t) => [t.id, t.type])).toEqual(expected);
    }
  });

  it('merges files from two teams into the same workspace in any order', () => {
    const teamA = base();
    teamA.workspace = { ...teamA.workspace, id: 'team-a', name: 'Team A', updatedAt: '2026-11-01T09:00:00.000Z' };
    const teamB = base();
    teamB.workspace = { ...teamB.workspace, id: 'team-b', name: 'Team B', updatedAt: '2026-11-02T09:00:00.000Z' };
    const [ab, ba] = [[teamA, teamB], [teamB, teamA]].map(([x, y]) => merge([{ source: 'x', ws: x! }, { source: 'y', ws: y! }]).workspace);
    expect(ab).toEqual(ba);
    expect(ab).toMatchObject({ id: 'team-a', name: 'Team B' });
  });

  it('flags a copy whose clock runs ahead, and merges it anyway', () => {
    const ahead = base();
    ahead.objectives[0] = { ...ahead.objectives[0]!, title: 'From the future', updatedAt: '2027-03-01T00:00:00.000Z' };
    const { ws, report } = mergeWorkspaces([{ source: 'ahead.okr.json', ws: ahead, exportedAt: '2026-11-19T00:00:00.000Z' }, { source: 'b', ws: base() }], NOW);
    expect(report.clockAhead).toEqual([{ source: 'ahead.okr.json', latest: '2027-03-01T00:00:00.000Z', reference: '2026-11-19T00:00:00.000Z' }]);
    expect(report.workspaces).toEqual(['ws']);
    expect(ws.objectives[0]?.title).toBe('From the future');
  });
});
