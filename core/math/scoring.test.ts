import { describe, expect, it } from 'vitest';
import { objective } from '../../test/builders.ts';
import { closeObjective, formatScore, isSuccess, suggestScore } from './scoring.ts';

const NOW = '2027-01-05T10:00:00.000Z';

describe('scoring', () => {
  it('suggests the progress reached, clamped, and unrounded', () => {
    expect([0, 0.04, 0.05, 0.66, 0.7, 0.949, 1.2, -0.1, Number.NaN].map(suggestScore)).toEqual([0, 0.04, 0.05, 0.66, 0.7, 0.949, 1, 0, 0]);
  });

  it('judges success on the unrounded score: 0.95 is not a committed success, 0.65 not an aspirational one', () => {
    expect(isSuccess('committed', suggestScore(0.95))).toBe(false);
    expect(isSuccess('aspirational', suggestScore(0.65))).toBe(false);
    expect(isSuccess('aspirational', suggestScore(0.699))).toBe(false);
    expect(isSuccess('aspirational', 0.1 + 0.6)).toBe(true);
    expect(isSuccess('aspirational', 0.7)).toBe(true);
    expect(isSuccess('aspirational', 0.6)).toBe(false);
    expect(isSuccess('committed', 0.9)).toBe(false);
    expect(isSuccess('committed', 1)).toBe(true);
    // The forgiven float noise ends exactly at one billionth below the line.
    expect(isSuccess('aspirational', 0.7 - 1e-9)).toBe(true);
    expect(isSuccess('committed', 1 - 1e-9)).toBe(true);
    expect(isSuccess('committed', 1 - 2e-9)).toBe(false);
  });

  it('shows one decimal, unless rounding would claim a success the score is not', () => {
    expect([0, 0.04, 0.05, 0.64, 0.7, 0.72, 0.75, 0.84, 1].map(formatScore)).toEqual(['0.0', '0.0', '0.1', '0.6', '0.7', '0.7', '0.8', '0.8', '1.0']);
    expect(formatScore(0.66)).toBe('0.66');
    expect(formatScore(0.95)).toBe('0.95');
    expect(formatScore(0.999)).toBe('0.99');
    expect(formatScore(0.65)).toBe('0.65');
    expect(formatScore(0.699)).toBe('0.69');
    expect(formatScore(0.94)).toBe('0.9');
    expect(formatScore(0.7 - 1e-9)).toBe('0.7');
    expect(formatScore(1 - 1e-9)).toBe('1.0');
  });

  it('closes with the suggested score, or an override, and a note', () => {
    const o = objective({ id: 'o' });
    expect(closeObjective(o, 0.66, { now: NOW })).toMatchObject({ state: 'closed', score: 0.66, updatedAt: NOW });
    expect(Object.keys(closeObjective(o, 0.66, { now: NOW }))).not.toContain('closingNote');
    expect(closeObjective(o, 0.66, { score: 0.5, note: 'Scope cut in December', now: NOW })).toMatchObject({ score: 0.5, closingNote: 'Scope cut in December' });
    expect(closeObjective(o, 0.5, { score: 0, now: NOW }).score).toBe(0);
    expect(closeObjective(o, 0.5, { score: 1, now: NOW }).score).toBe(1);
    expect(() => closeObjective(o, 0.5, { score: 1.5, now: NOW })).toThrow(/score must be 0.0–1.0, got 1.5/);
    expect(() => closeObjective(o, 0.5, { score: -0.1, now: NOW })).toThrow(/score must be 0.0–1.0/);
    expect(() => closeObjective(o, 0.5, { score: Number.NaN, now: NOW })).toThrow(/score must be 0.0–1.0/);
    expect(o.state).toBe('active');
  });
});
