import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsIssues } from '../model/settings.ts';
import { suggestStatus, thresholdLadder, type SuggestedStatus } from './status.ts';

const t = DEFAULT_SETTINGS.statusThresholds;
const SEVERITY: Record<SuggestedStatus, number> = { 'on-track': 0, behind: 1, 'at-risk': 2, 'off-track': 3, pending: -1 };

describe('suggestStatus', () => {
  it('follows the default thresholds: behind below pace, at risk more than 25 points below, off track more than 50', () => {
    expect(suggestStatus(0.5, 0.5, t)).toBe('on-track');
    expect(suggestStatus(0.6, 0.5, t)).toBe('on-track');
    expect(suggestStatus(0.49, 0.5, t)).toBe('behind');
    expect(suggestStatus(0.25, 0.5, t)).toBe('behind');
    expect(suggestStatus(0.24, 0.5, t)).toBe('at-risk');
    expect(suggestStatus(0.25, 0.75, t)).toBe('at-risk');
    expect(suggestStatus(0.24, 0.75, t)).toBe('off-track');
  });

  it('calls a metric key result at 0 % when the period has ended off track', () => {
    expect(suggestStatus(0, 1, t, 'increase')).toBe('off-track');
    expect(suggestStatus(0, 1, t, 'decrease')).toBe('off-track');
    expect(suggestStatus(0, 1, t, 'milestone')).toBe('off-track');
    expect(suggestStatus(1, 1, t, 'increase')).toBe('on-track');
  });

  it('reads a missing off-track threshold (older files) as 50 points', () => {
    const old = { behindBelowPace: 0, atRiskBelowPace: 25 };
    expect(suggestStatus(0.5, 1, old)).toBe('at-risk');
    expect(suggestStatus(0.49, 1, old)).toBe('off-track');
  });

  it('does not call an exact match behind because of floating point', () => {
    expect(suggestStatus(0.1 + 0.2, 0.3, t)).toBe('on-track');
  });

  it('starts each status just past its threshold plus the float allowance', () => {
    // A gap of exactly 50 points against a threshold a billionth below it is not yet past it.
    const at = (threshold: number) => ({ behindBelowPace: threshold, atRiskBelowPace: threshold, offTrackBelowPace: threshold });
    expect(suggestStatus(0.5, 1, at(50 - 1e-9))).toBe('on-track');
    expect(suggestStatus(0.5, 1, at(50 - 2e-9))).toBe('off-track');
    expect(suggestStatus(0.5, 1, { behindBelowPace: 0, atRiskBelowPace: 50 - 1e-9, offTrackBelowPace: 60 })).toBe('behind');
    expect(suggestStatus(0.5, 1, { behindBelowPace: 50 - 1e-9, atRiskBelowPace: 55, offTrackBelowPace: 60 })).toBe('on-track');
  });

  it('uses configured thresholds', () => {
    const lenient = { behindBelowPace: 10, atRiskBelowPace: 40, offTrackBelowPace: 60 };
    expect(suggestStatus(0.45, 0.5, lenient)).toBe('on-track');
    expect(suggestStatus(0.4, 0.5, lenient)).toBe('on-track');
    expect(suggestStatus(0.35, 0.5, lenient)).toBe('behind');
    expect(suggestStatus(0.1, 0.5, lenient)).toBe('behind');
    expect(suggestStatus(0.05, 0.5, lenient)).toBe('at-risk');
    expect(suggestStatus(0.3, 0.9, lenient)).toBe('at-risk');
    expect(suggestStatus(0.29, 0.9, lenient)).toBe('off-track');
  });

  it('keeps every status reachable when thresholds arrive out of order', () => {
    // behind 30, at risk 10: read as the ladder 10 / 30 / 50, not "behind never happens".
    const swapped = { behindBelowPace: 30, atRiskBelowPace: 10 };
    expect(thresholdLadder(swapped)).toEqual([10, 30, 50]);
    expect(suggestStatus(0.45, 0.5, swapped)).toBe('on-track');
    expect(suggestStatus(0.35, 0.5, swapped)).toBe('behind');
    expect(suggestStatus(0.15, 0.5, swapped)).toBe('at-risk');
    expect(suggestStatus(0.3, 0.9, swapped)).toBe('off-track');
    expect(settingsIssues({ ...DEFAULT_SETTINGS, statusThresholds: swapped }).map((i) => i.field)).toEqual(['settings.statusThresholds.atRiskBelowPace']);
    expect(settingsIssues({ ...DEFAULT_SETTINGS, statusThresholds: { behindBelowPace: 5, atRiskBelowPace: 20, offTrackBelowPace: 10 } }).map((i) => i.field))
      .toEqual(['settings.statusThresholds.offTrackBelowPace']);
    expect(settingsIssues({ ...DEFAULT_SETTINGS, statusThresholds: { behindBelowPace: 5, atRiskBelowPace: 5, offTrackBelowPace: 5 } })).toEqual([]);
    expect(settingsIssues(DEFAULT_SETTINGS)).toEqual([]);
  });

  it('reads any three thresholds as their exact sorted ladder', () => {
    const points = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(fc.property(points, points, points, (a, b, c) => {
      expect(thresholdLadder({ behindBelowPace: a, atRiskBelowPace: b, offTrackBelowPace: c })).toEqual([a, b, c].sort((x, y) => x - y));
    }));
  });

  it('never suggests a milder status for a bigger gap, whatever the order of the thresholds', () => {
    const points = fc.integer({ min: 0, max: 100 });
    const unit = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
    fc.assert(fc.property(points, points, fc.option(points, { nil: undefined }), unit, unit, unit, (a, b, c, expected, p1, p2) => {
      const thresholds = { behindBelowPace: a, atRiskBelowPace: b, ...(c === undefined ? {} : { offTrackBelowPace: c }) };
      const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
      expect(SEVERITY[suggestStatus(lo, expected, thresholds)]).toBeGreaterThanOrEqual(SEVERITY[suggestStatus(hi, expected, thresholds)]);
      // On or ahead of pace is always on track; 100 points behind is off track unless a threshold is 100.
      expect(suggestStatus(expected, expected, thresholds)).toBe('on-track');
      if (Math.max(a, b, c ?? 50) < 100) expect(suggestStatus(0, 1, thresholds)).toBe('off-track');
    }));
  });

  it('suggests nothing without a usable number', () => {
    expect(suggestStatus(undefined, 0.5, t)).toBe('pending');
    expect(suggestStatus(Number.NaN, 0.5, t)).toBe('pending');
    expect(suggestStatus(0.5, Number.NaN, t)).toBe('pending');
    expect(suggestStatus(Number.POSITIVE_INFINITY, 0.5, t)).toBe('pending');
  });

  it('is binary for guard KRs: on track while the guard holds, whatever the pace', () => {
    expect(suggestStatus(1, 0.9, t, 'stay-above')).toBe('on-track');
    expect(suggestStatus(0, 0.1, t, 'stay-above')).toBe('off-track');
    expect(suggestStatus(1, 1, t, 'stay-below')).toBe('on-track');
    expect(suggestStatus(0, 0.1, t, 'stay-below')).toBe('off-track');
    expect(suggestStatus(undefined, 0.1, t, 'stay-below')).toBe('pending');
  });
});
