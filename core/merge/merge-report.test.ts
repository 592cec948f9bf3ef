import { describe, expect, it } from 'vitest';
import { checkIn, objective, person, workspace } from '../../test/builders.ts';
import type { Workspace } from '../model/workspace.ts';
import { mergeWorkspaces, type MergeInput } from './merge-workspaces.ts';

// What mergeWorkspaces reports besides the merged workspace: conflicts, clocks that run ahead,
// the workspaces seen. `okr merge` prints it and `--json` hands it to scripts, so it too must
// not depend on the order of the inputs.

const NOW = new Date('2026-11-20T20:00:00Z');
const T1 = '2026-11-01T09:00:00.000Z';
const T2 = '2026-11-02T09:00:00.000Z';
const report = (inputs: MergeInput[]) => mergeWorkspaces(inputs, NOW).report;
const orders = <T>([a, b, c]: readonly [T, T, T]) => [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];

describe('mergeWorkspaces report: conflicts', () => {
  it('refuses to merge nothing', () => {
    expect(() => mergeWorkspaces([], NOW)).toThrow('merge: nothing to merge');
  });

  it('lists conflicts by record type, then id, then field, whatever order the records came in', () => {
    const copy = (prefix: string, updatedAt: string): Workspace => workspace({
      workspace: { ...workspace().workspace, name: `${prefix} Co`, updatedAt },
      people: [person({ id: 'a', name: `${prefix} Person`, updatedAt })],
      objectives: ['o2', 'z', 'o1'].map((id) => objective({ id, title: `${prefix} ${id}`, updatedAt })),
    });
    const conflicts = report([{ source: 'ada', ws: copy('Ada', T1) }, { source: 'grace', ws: copy('Grace', T2) }]).conflicts;
    expect(conflicts.map((c) => [c.recordType, c.id, c.field, c.winner.source])).toEqual([
      ['objective', 'o1', 'title', 'grace'],
      ['objective', 'o2', 'title', 'grace'],
      ['objective', 'z', 'title', 'grace'],
      ['person', 'a', 'name', 'grace'],
      ['workspace', 'ws', 'name', 'grace'],
    ]);
    expect(conflicts.at(-1)).toEqual({ recordType: 'workspace', id: 'ws', field: 'name', winner: { source: 'grace', value: 'Grace Co' }, others: [{ source: 'ada', value: 'Ada Co' }] });
  });

  it('keeps the larger of two different copies of a check-in, in any order, and reports the whole check-in', () => {
    const small = checkIn({ id: 'c1', targetId: 'k', value: 21 });
    const large = { ...small, value: 25 };
    const inputs = [{ source: 'a', ws: workspace({ checkIns: [small] }) }, { source: 'b', ws: workspace({ checkIns: [large] }) }];
    for (const order of [inputs, [...inputs].reverse()]) {
      const { ws, report: r } = mergeWorkspaces(order, NOW);
      expect(ws.checkIns).toEqual([large]);
      expect(r.conflicts).toEqual([{ recordType: 'checkIn', id: 'c1', field: '(check-in)', winner: { source: 'b', value: large }, others: [{ source: 'a', value: small }] }]);
    }
  });

  it('names the same file as the winner in any order when two files carry the same check-in', () => {
    const old = checkIn({ id: 'c1', targetId: 'k', value: 21 });
    const kept = { ...old, value: 25 };
    const inputs: readonly [MergeInput, MergeInput, MergeInput] = [{ source: 'grace', ws: workspace({ checkIns: [kept] }) }, { source: 'ada', ws: workspace({ checkIns: [kept] }) }, { source: 'carol', ws: workspace({ checkIns: [old] }) }];
    for (const order of orders(inputs)) {
      expect(report(order).conflicts).toEqual([{ recordType: 'checkIn', id: 'c1', field: '(check-in)', winner: { source: 'ada', value: kept }, others: [{ source: 'carol', value: old }] }]);
    }
  });

  it('lists the workspaces merged in order of id', () => {
    const [a, b] = ['team-a', 'team-b'].map((id) => workspace({ workspace: { ...workspace().workspace, id } }));
    expect(report([{ source: 'b', ws: b! }, { source: 'a', ws: a! }]).workspaces).toEqual(['team-a', 'team-b']);
  });
});

describe('mergeWorkspaces report: clocks that run ahead', () => {
  const stampedAt = (updatedAt: string) => workspace({ objectives: [objective({ id: 'o', updatedAt })] });
  const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
  const MINUTE = 60_000;

  it('allows five minutes of drift past the export time, and no more', () => {
    const exportedAt = '2026-11-19T00:00:00.000Z';
    const ahead = (ms: number) => report([{ source: 'f', ws: stampedAt(new Date(Date.parse(exportedAt) + ms).toISOString()), exportedAt }]).clockAhead;
    expect(ahead(4 * MINUTE)).toEqual([]);
    expect(ahead(5 * MINUTE)).toEqual([]);
    expect(ahead(5 * MINUTE + 1)).toEqual([{ source: 'f', latest: '2026-11-19T00:05:00.001Z', reference: exportedAt }]);
  });

  it('compares with now when the file does not say when it was exported', () => {
    expect(report([{ source: 'f', ws: stampedAt(at(6 * MINUTE)) }]).clockAhead).toEqual([{ source: 'f', latest: at(6 * MINUTE), reference: NOW.toISOString() }]);
    expect(report([{ source: 'f', ws: stampedAt(at(4 * MINUTE)) }]).clockAhead).toEqual([]);
  });

  it('compares with now when the file claims to be exported now or later', () => {
    const latest = at(6 * MINUTE);
    for (const exportedAt of ['2026-11-20T20:00:00Z', at(60 * MINUTE)]) {
      expect(report([{ source: 'f', ws: stampedAt(latest), exportedAt }]).clockAhead).toEqual([{ source: 'f', latest, reference: NOW.toISOString() }]);
    }
  });
});
