import { describe, expect, it } from 'vitest';
import { objective, team } from '../../test/builders.ts';
import { alignmentTree } from './alignment-tree.ts';

describe('alignmentTree', () => {
  it('grows from org-level objectives, across periods, lists shared objectives under each team and the unaligned apart', () => {
    const teams = [team({ id: 'a', name: 'A' }), team({ id: 'b', name: 'B' })];
    const objectives = [
      objective({ id: 'year', periodId: '2026', level: 'org', teamIds: [] }),
      objective({ id: 'company', level: 'org', parentIds: ['year'], teamIds: [] }),
      objective({ id: 'shared', level: 'team', parentIds: ['company'], teamIds: ['a', 'b'] }),
      objective({ id: 'two-parents', level: 'team', parentIds: ['company', 'shared'], teamIds: ['a'] }),
      objective({ id: 'alone', level: 'team', parentIds: [], teamIds: ['b'] }),
      objective({ id: 'under-alone', level: 'person', parentIds: ['alone'], teamIds: ['b'] }),
      objective({ id: 'secret', level: 'team', parentIds: ['company'], private: true }),
      objective({ id: 'other-quarter', periodId: '2026-q3', level: 'team', parentIds: ['year'] }),
    ];
    const a = alignmentTree({ objectives, teams }, '2026-q4');
    expect(a.tree.map((n) => `${n.depth}:${n.objective.id}`)).toEqual(['0:year', '1:company', '2:shared', '3:two-parents', '2:two-parents']);
    expect(a.unaligned.map((n) => `${n.depth}:${n.objective.id}`)).toEqual(['0:alone', '1:under-alone']);
    expect(a.byTeam.map((t) => [t.team.id, t.objectives.map((o) => `${o.objective.id}/${o.sharedWith.map((s) => s.id).join('+')}`)])).toEqual([
      ['a', ['shared/b', 'two-parents/']],
      ['b', ['shared/a', 'alone/', 'under-alone/']],
    ]);
  });

  it('survives an alignment cycle', () => {
    const objectives = [objective({ id: 'top', level: 'org' }), objective({ id: 'x', parentIds: ['top', 'y'] }), objective({ id: 'y', parentIds: ['x'] })];
    expect(alignmentTree({ objectives, teams: [] }, '2026-q4').tree.map((n) => n.objective.id)).toEqual(['top', 'x', 'y']);
  });
});
