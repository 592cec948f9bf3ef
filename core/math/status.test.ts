import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import { suggestStatus } from './status.ts';

const t = DEFAULT_SETTINGS.statusThresholds;

describe('suggestStatus', () => {
  it('follows the default thresholds: behind below pace, at risk more than 25 points below', () => {
    expect(suggestStatus(0.5, 0.5, t)).toBe('on-track');
    expect(suggestStatus(0.6, 0.5, t)).toBe('on-track');
    expect(suggestStatus(0.49, 0.5, t)).toBe('behind');
    expect(suggestStatus(0.25, 0.5, t)).toBe('behind');
    expect(suggestStatus(0.24, 0.5, t)).toBe('at-risk');
  });

  it('does not call an exact match behind because of floating point', () => {
    expect(suggestStatus(0.1 + 0.2, 0.3, t)).toBe('on-track');
  });

  it('uses configured thresholds', () => {
    const lenient = { behindBelowPace: 10, atRiskBelowPace: 40 };
    expect(suggestStatus(0.45, 0.5, lenient)).toBe('on-track');
    expect(suggestStatus(0.35, 0.5, lenient)).toBe('behind');
    expect(suggestStatus(0.05, 0.5, lenient)).toBe('at-risk');
  });

  it('is pending without a measurement, and binary for guard KRs', () => {
    expect(suggestStatus(undefined, 0.5, t)).toBe('pending');
    expect(suggestStatus(1, 0.9, t, 'stay-above')).toBe('on-track');
    expect(suggestStatus(0, 0.1, t, 'stay-below')).toBe('off-track');
  });
});
