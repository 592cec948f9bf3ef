import { describe, expect, it } from 'vitest';
import { checkIn } from '../../test/builders.ts';
import { confidenceTrend } from './confidence-trend.ts';

describe('confidence trend', () => {
  it('lists confidence oldest first, skipping check-ins without one, with words for the sparkline', () => {
    const trend = confidenceTrend([
      checkIn({ time: '2026-11-10T10:00:00Z', confidence: 4 }),
      checkIn({ time: '2026-10-10T10:00:00Z', confidence: 8 }),
      checkIn({ time: '2026-10-20T10:00:00Z' }),
      checkIn({ time: '2026-11-01T10:00:00Z', confidence: 6 }),
    ]);
    expect(trend.values).toEqual([8, 6, 4]);
    expect(trend.text).toBe('Confidence 8, 6, 4 of 10; latest 4');
    const points = trend.points.split(' ').map((p) => p.split(',').map(Number));
    expect(points.map(([x]) => x)).toEqual([0, 50, 100]);
    // Higher confidence is drawn higher (smaller y).
    expect(points[0]![1]).toBeLessThan(points[2]![1]!);
  });

  it('keeps the last readings and says when there is none', () => {
    const many = Array.from({ length: 15 }, (_, i) => checkIn({ time: new Date(Date.UTC(2026, 9, i + 1)).toISOString(), confidence: i % 11 }));
    expect(confidenceTrend(many, 12).values).toHaveLength(12);
    expect(confidenceTrend([])).toMatchObject({ values: [], points: '', text: 'No confidence recorded' });
  });
});
