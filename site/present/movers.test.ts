import { describe, expect, it } from 'vitest';
import { checkIn, keyResult } from '../../test/builders.ts';
import { biggestMovers, pointsText } from './movers.ts';

const now = new Date('2026-11-20T17:00:00Z');
const kr = (id: string, title: string) => keyResult({ id, title, kind: 'increase', start: 0, target: 100 });
const at = (id: string, time: string, value: number) => checkIn({ targetId: id, time, value });

describe('biggest movers', () => {
  it('ranks key results by their progress change over the 7 days before now, either way', () => {
    const items = [
      { keyResult: kr('a', 'A'), checkIns: [at('a', '2026-11-10T10:00:00Z', 10), at('a', '2026-11-18T10:00:00Z', 30)] },
      { keyResult: kr('b', 'B'), checkIns: [at('b', '2026-11-01T10:00:00Z', 50), at('b', '2026-11-19T10:00:00Z', 5)] },
      // Unchanged within the week: not a mover.
      { keyResult: kr('c', 'C'), checkIns: [at('c', '2026-11-01T10:00:00Z', 50), at('c', '2026-11-19T10:00:00Z', 50)] },
      // First check-in this week: nothing to compare with.
      { keyResult: kr('d', 'D'), checkIns: [at('d', '2026-11-19T10:00:00Z', 90)] },
      // After now: not yet happened.
      { keyResult: kr('e', 'E'), checkIns: [at('e', '2026-11-01T10:00:00Z', 10), at('e', '2026-11-21T10:00:00Z', 90)] },
    ];
    const movers = biggestMovers(items, now);
    expect(movers.map((m) => [m.keyResult.id, Math.round(m.change * 100)])).toEqual([['b', -45], ['a', 20]]);
    expect(biggestMovers(items, now, 1)).toHaveLength(1);
  });

  it('counts a check-in exactly 7 days ago as the week before', () => {
    const items = [{ keyResult: kr('a', 'A'), checkIns: [at('a', '2026-11-13T17:00:00Z', 10), at('a', '2026-11-14T10:00:00Z', 40)] }];
    expect(biggestMovers(items, now)[0]?.before).toBeCloseTo(0.1);
  });

  it('writes changes in points with a sign', () => {
    expect(pointsText(0.123)).toBe('+12 pts');
    expect(pointsText(-0.5)).toBe('−50 pts');
    expect(pointsText(0.001)).toBe('±0 pts');
  });
});
