import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, workspace } from '../../test/builders.ts';
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
});
