import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, workspace } from '../../test/builders.ts';
import { pointsText } from './labels.ts';
import { periodMovers } from './period-movers.ts';

const NOW = new Date('2026-11-20T17:00:00Z');

describe('periodMovers', () => {
  // 'new' was first measured this week: nothing to compare it with, as on the summary slide.
  it('ranks key results by their change in progress since a week before now, either way', () => {
    const ws = workspace({
      objectives: [objective({ id: 'o' }), objective({ id: 'secret', private: true })],
      keyResults: [
        keyResult({ id: 'up', objectiveId: 'o', kind: 'milestone' }), keyResult({ id: 'down', objectiveId: 'o', kind: 'milestone' }),
        keyResult({ id: 'still', objectiveId: 'o', kind: 'milestone' }), keyResult({ id: 'new', objectiveId: 'o', kind: 'milestone' }),
        keyResult({ id: 'hidden', objectiveId: 'secret', kind: 'milestone' }),
      ],
      checkIns: [
        checkIn({ targetId: 'up', value: 10, time: '2026-11-10T10:00:00Z' }), checkIn({ targetId: 'up', value: 40, time: '2026-11-18T10:00:00Z' }),
        checkIn({ targetId: 'down', value: 50, time: '2026-11-12T10:00:00Z' }), checkIn({ targetId: 'down', value: 30, time: '2026-11-19T10:00:00Z' }),
        checkIn({ targetId: 'still', value: 50, time: '2026-11-01T10:00:00Z' }),
        checkIn({ targetId: 'new', value: 5, time: '2026-11-20T10:00:00Z' }),
        checkIn({ targetId: 'hidden', value: 90, time: '2026-11-19T10:00:00Z' }),
        // After now: not seen yet.
        checkIn({ targetId: 'still', value: 100, time: '2026-11-21T10:00:00Z' }),
      ],
    });
    const { since, movers } = periodMovers(ws, '2026-q4', NOW);
    expect(since.toISOString()).toBe('2026-11-13T17:00:00.000Z');
    expect(movers.map((m) => [m.keyResult.id, m.before, m.after])).toEqual([['up', 0.1, 0.4], ['down', 0.5, 0.3]]);
    expect(movers[1]!.change).toBeCloseTo(-0.2, 10);
    expect(periodMovers(ws, '2026-q4', NOW, 1).movers).toHaveLength(1);
  });

  it('counts a check-in exactly a week before now as the week before, and ranks either way by size', () => {
    const kr = (id: string, title: string) => keyResult({ id, title, objectiveId: 'o', kind: 'increase', start: 0, target: 100 });
    const ws = workspace({
      objectives: [objective({ id: 'o' })],
      keyResults: [kr('a', 'A'), kr('b', 'B')],
      checkIns: [
        checkIn({ targetId: 'a', value: 10, time: '2026-11-13T17:00:00Z' }), checkIn({ targetId: 'a', value: 40, time: '2026-11-14T10:00:00Z' }),
        checkIn({ targetId: 'b', value: 50, time: '2026-11-01T10:00:00Z' }), checkIn({ targetId: 'b', value: 5, time: '2026-11-19T10:00:00Z' }),
      ],
    });
    const { movers } = periodMovers(ws, '2026-q4', NOW);
    expect(movers.map((m) => [m.keyResult.id, Math.round(m.change * 100)])).toEqual([['b', -45], ['a', 30]]);
    expect(movers[1]!.before).toBeCloseTo(0.1);
  });

  // The presentation's summary slide shows these too: only what counts toward progress moves.
  it('leaves out draft and weight-0 key results and draft objectives', () => {
    const moved = (id: string) => [checkIn({ targetId: id, value: 10, time: '2026-11-01T10:00:00Z' }), checkIn({ targetId: id, value: 60, time: '2026-11-19T10:00:00Z' })];
    const ws = workspace({
      objectives: [objective({ id: 'o' }), objective({ id: 'd', state: 'draft' })],
      keyResults: [
        keyResult({ id: 'counts', objectiveId: 'o', kind: 'milestone', weight: 1 }), keyResult({ id: 'zero', objectiveId: 'o', kind: 'milestone', weight: 0 }),
        keyResult({ id: 'draft', objectiveId: 'o', kind: 'milestone', state: 'draft' }), keyResult({ id: 'in-draft', objectiveId: 'd', kind: 'milestone' }),
      ],
      checkIns: ['counts', 'zero', 'draft', 'in-draft'].flatMap(moved),
    });
    expect(periodMovers(ws, '2026-q4', NOW).movers.map((m) => m.keyResult.id)).toEqual(['counts']);
  });

  it('writes changes in points with a sign', () => {
    expect([0.123, -0.5, 0.001].map(pointsText)).toEqual(['+12 pts', '−50 pts', '±0 pts']);
  });
});
