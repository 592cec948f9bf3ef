import { describe, expect, it } from 'vitest';
import { objective } from '../../test/builders.ts';
import { closeObjective, isSuccess, suggestScore } from './scoring.ts';

describe('scoring', () => {
  it('suggests progress rounded to one decimal', () => {
    expect([0, 0.04, 0.05, 0.66, 0.7, 0.949, 1.2].map(suggestScore)).toEqual([0, 0, 0.1, 0.7, 0.7, 0.9, 1]);
  });

  it('judges success by commitment: 0.7 for aspirational, 1.0 for committed', () => {
    expect(isSuccess('aspirational', 0.7)).toBe(true);
    expect(isSuccess('aspirational', 0.6)).toBe(false);
    expect(isSuccess('committed', 0.9)).toBe(false);
    expect(isSuccess('committed', 1)).toBe(true);
  });

  it('closes with the suggested score, or an override, and a note', () => {
    const o = objective({ id: 'o' });
    expect(closeObjective(o, 0.66, { now: '2027-01-05T10:00:00.000Z' })).toMatchObject({ state: 'closed', score: 0.7, updatedAt: '2027-01-05T10:00:00.000Z' });
    expect(closeObjective(o, 0.66, { score: 0.5, note: 'Scope cut in December', now: '2027-01-05T10:00:00.000Z' }))
      .toMatchObject({ score: 0.5, closingNote: 'Scope cut in December' });
    expect(() => closeObjective(o, 0.5, { score: 1.5, now: '2027-01-05T10:00:00.000Z' })).toThrow(/score must be 0.0–1.0/);
    expect(o.state).toBe('active');
  });
});
