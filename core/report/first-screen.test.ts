import { describe, expect, it } from 'vitest';
import { checkIn, initiative, keyResult, objective, period, person, team, workspace } from '../../test/builders.ts';
import { filterOkrs, namesOf } from './filter-okrs.ts';
import { chosenPeriod, firstScreen } from './first-screen.ts';
import { periodReport } from './period-report.ts';
import { treeFacts } from './tree-facts.ts';

const NOW = new Date('2026-11-20T20:00:00Z');
const Q3 = period({ id: '2026-q3', name: '2026 Q3', start: '2026-07-01', end: '2026-09-30' });

function big(objectives: number) {
  const objs = Array.from({ length: objectives }, (_, i) => objective({ id: `o${i}`, title: `Objective ${i}`, ownerIds: [i % 2 ? 'ada' : 'grace'], parentIds: i % 5 === 0 ? [] : [`o${i - (i % 5)}`] }));
  return workspace({
    people: [person({ id: 'ada', name: 'Ada' }), person({ id: 'grace', name: 'Grace' })],
    teams: [team({ id: 'growth', memberIds: ['ada'] })],
    periods: [Q3, period()],
    objectives: [...objs, objective({ id: 'old', periodId: '2026-q3' })],
    keyResults: objs.map((o) => keyResult({ id: `${o.id}-k`, objectiveId: o.id, ownerIds: o.ownerIds, start: 0, target: 10 })),
    initiatives: [initiative({ id: 'i1', parentId: 'o0-k', parentType: 'keyResult' }), initiative({ id: 'i-far', parentId: 'o29-k', parentType: 'keyResult' })],
    checkIns: objs.flatMap((o, i) => [
      checkIn({ id: `${o.id}-c1`, targetId: `${o.id}-k`, value: i % 10, confidence: 5, time: '2026-10-10T12:00:00.000Z' }),
      checkIn({ id: `${o.id}-c2`, targetId: `${o.id}-k`, value: (i % 10) + 1, time: '2026-11-10T12:00:00.000Z' }),
    ]),
  });
}

describe('firstScreen', () => {
  it('gives the first rows exactly as the full view computes them, and says more follow', () => {
    const ws = big(30);
    const screen = firstScreen(ws, { query: '', me: 'ada', now: NOW, limit: 25 });
    const report = periodReport(ws, '2026-q4', NOW)!;
    const facts = treeFacts(ws);
    const full = filterOkrs(report.objectives, {}, { me: 'ada', names: facts.names, initiativesByParent: facts.initiativesByParent });
    expect(screen.periodId).toBe('2026-q4');
    expect(screen.tree?.rows).toEqual(full.slice(0, 25).map((r) => ({ ...r, row: { ...r.row, keyResults: [] } })));
    expect(screen.tree?.rows[0]?.keyResults).toEqual(full[0]?.row.keyResults);
    expect(screen.tree).toMatchObject({ total: 30, shown: 30, more: true, expected: report.expected });
    // Facts only for what is shown: the initiative under o29 is beyond the first rows.
    expect(screen.tree?.initiatives).toEqual([['o0-k', [ws.initiatives[0]]]]);
    expect(new Map(screen.tree?.confidence).get('o3-k')?.id).toBe('o3-c1');
    expect(screen.tree?.confidence.some(([id]) => id === 'o29-k')).toBe(false);
    expect(namesOf(screen).people.get('ada')).toBe('Ada');
  });

  it('applies the filters of the URL and the person who uses the browser', () => {
    const ws = big(30);
    const mine = firstScreen(ws, { query: 'period=2026-q4&mine=1', me: 'grace', now: NOW, limit: 25 }).tree!;
    expect(mine.rows.filter((r) => !r.context).every((r) => r.row.objective.ownerIds.includes('grace'))).toBe(true);
    expect(mine).toMatchObject({ total: 30, shown: 15, more: false });
    const searched = firstScreen(ws, { query: 'q=objective%2017', me: undefined, now: NOW, limit: 25 }).tree!;
    // The match, and its parent as context.
    expect(searched.rows.map((r) => [r.row.objective.id, r.context])).toEqual([['o15', true], ['o17', false]]);
  });

  it('opens the period asked for, else the current one, else the latest; none without periods', () => {
    const ws = big(3);
    expect(firstScreen(ws, { query: 'period=2026-q3', me: undefined, now: NOW, limit: 25 }).tree?.rows.map((r) => r.row.objective.id)).toEqual(['old']);
    expect(chosenPeriod(ws, 'nope', NOW)).toBe('2026-q4');
    expect(chosenPeriod(ws, undefined, new Date('2030-01-01T00:00:00Z'))).toBe('2026-q4');
    const empty = firstScreen(workspace({ periods: [] }), { query: '', me: undefined, now: NOW, limit: 25 });
    expect(empty).toMatchObject({ periodId: undefined, tree: undefined });
  });
});
