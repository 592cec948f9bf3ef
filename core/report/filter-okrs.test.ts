import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { checkIn, initiative, keyResult, objective, person, team, workspace } from '../../test/builders.ts';
import { indexWorkspace } from '../math/workspace-index.ts';
import type { Workspace } from '../model/workspace.ts';
import { filterOkrs, namesOf, searchable } from './filter-okrs.ts';
import type { OkrFilter } from './okr-filter.ts';
import { periodReport } from './period-report.ts';

const NOW = new Date('2026-11-16T00:00:00Z');

function filtered(ws: Workspace, filter: OkrFilter, me?: string) {
  const report = periodReport(ws, '2026-q4', NOW)!;
  const ctx = { me, names: namesOf(ws), initiativesByParent: indexWorkspace(ws).initiativesByParent };
  return filterOkrs(report.objectives, filter, ctx).map((r) => [r.row.objective.id, r.keyResults.map((k) => k.keyResult.id).join(','), r.context ? 'context' : 'match']);
}

const sample = () => workspace({
  people: [person({ id: 'ada', name: 'Ada Lovelace' }), person({ id: 'zoe', name: 'Zoë Ðurić' })],
  teams: [team({ id: 'growth', name: 'Growth' }), team({ id: 'core', name: 'Core platform' })],
  objectives: [
    objective({ id: 'root', title: 'Grow revenue', ownerIds: ['ada'], teamIds: ['growth'], tags: ['revenue'] }),
    objective({ id: 'mid', title: 'Faster app', parentIds: ['root'], ownerIds: ['ada'], teamIds: ['core'] }),
    objective({ id: 'leaf', title: 'Résumé parsing', parentIds: ['mid'], ownerIds: ['zoe'], teamIds: ['core'], description: 'Parse CVs in seconds' }),
    objective({ id: 'other', title: 'Hire well', ownerIds: ['ada'] }),
  ],
  keyResults: [
    keyResult({ id: 'k-root', objectiveId: 'root', title: 'Raise ARR', ownerIds: ['ada'], kind: 'milestone' }),
    keyResult({ id: 'k-mid', objectiveId: 'mid', title: 'p95 latency', ownerIds: ['ada'], checkInOwnerId: 'zoe', tags: ['perf'], kind: 'milestone' }),
    keyResult({ id: 'k-mid2', objectiveId: 'mid', title: 'Crash rate', ownerIds: ['ada'], kind: 'milestone' }),
    keyResult({ id: 'k-leaf', objectiveId: 'leaf', title: 'Parse rate', ownerIds: ['zoe'], kind: 'milestone' }),
  ],
  initiatives: [initiative({ id: 'i', parentId: 'k-mid2', parentType: 'keyResult', title: 'Move to Rust' })],
  checkIns: [checkIn({ targetId: 'k-root', value: 60 }), checkIn({ targetId: 'k-mid', value: 10 })],
});

describe('filterOkrs', () => {
  it('keeps everything in tree order when nothing is asked', () => {
    expect(filtered(sample(), {})).toEqual([['root', 'k-root', 'match'], ['mid', 'k-mid,k-mid2', 'match'], ['leaf', 'k-leaf', 'match'], ['other', '', 'match']]);
  });

  it('keeps the parents of a match as context, without their key results', () => {
    expect(filtered(sample(), { owner: 'zoe' })).toEqual([['root', '', 'context'], ['mid', 'k-mid', 'match'], ['leaf', 'k-leaf', 'match']]);
    expect(filtered(sample(), { team: 'core', tag: 'perf' })).toEqual([['root', '', 'context'], ['mid', 'k-mid', 'match']]);
  });

  it('filters by status, on objectives and key results alike', () => {
    // Half-way through Q4: 60 % is on track; 10 % (and "mid", 5 % on average) is at risk; never checked in is pending.
    expect(filtered(sample(), { status: 'on-track' })).toEqual([['root', 'k-root', 'match']]);
    expect(filtered(sample(), { status: 'at-risk' })).toEqual([['root', '', 'context'], ['mid', 'k-mid,k-mid2', 'match']]);
    expect(filtered(sample(), { status: 'pending' })).toEqual([['root', '', 'context'], ['mid', 'k-mid2', 'match'], ['leaf', 'k-leaf', 'match'], ['other', '', 'match']]);
  });

  it('"mine" needs to know who I am', () => {
    expect(filtered(sample(), { mine: true })).toEqual([]);
    expect(filtered(sample(), { mine: true }, 'zoe')).toEqual(filtered(sample(), { owner: 'zoe' }));
  });

  it('searches every word, without case or accents, in titles, descriptions, names and initiatives', () => {
    expect(searchable('Zoë ÐURIĆ')).toBe('zoe ðuric');
    expect(filtered(sample(), { q: 'resume' }).at(-1)).toEqual(['leaf', 'k-leaf', 'match']);
    expect(filtered(sample(), { q: 'cvs seconds' }).at(-1)?.[0]).toBe('leaf');
    expect(filtered(sample(), { q: 'rust' })).toEqual([['root', '', 'context'], ['mid', 'k-mid2', 'match']]);
    expect(filtered(sample(), { q: 'core platform' }).map((r) => r[0])).toEqual(['root', 'mid', 'leaf']);
    expect(filtered(sample(), { q: 'growth hire' })).toEqual([]);
  });

  it('narrows the demo company to one team', () => {
    const ws = buildDemo();
    const team = ws.teams[0]!;
    const rows = filterOkrs(periodReport(ws, '2026-q4', NOW)!.objectives, { team: team.id }, { me: undefined, names: namesOf(ws), initiativesByParent: new Map() });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) if (!r.context) expect(r.row.objective.teamIds).toContain(team.id);
  });
});
