import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import { expectedValue, suggestedCheckInStatus } from './check-in-suggestion.ts';
import { krValueText, valueText } from './value-text.ts';

const thresholds = DEFAULT_SETTINGS.statusThresholds; // behind below pace, at risk 25, off track 50 points below

describe('expectedValue', () => {
  it('is the value on a straight line from start to target, both ways', () => {
    expect(expectedValue({ kind: 'increase', start: 20, target: 40 }, 0.5)).toBe(30);
    expect(expectedValue({ kind: 'decrease', start: 12, target: 3 }, 0.25)).toBe(9.75);
    expect(expectedValue({ kind: 'milestone', start: undefined, target: undefined }, 0.4)).toBe(40);
  });

  it('means nothing for yes/no, guards and metrics missing an end', () => {
    expect(expectedValue({ kind: 'binary', start: 0, target: 1 }, 0.5)).toBeUndefined();
    expect(expectedValue({ kind: 'stay-above', start: undefined, target: 99 }, 0.5)).toBeUndefined();
    expect(expectedValue({ kind: 'increase', start: undefined, target: 40 }, 0.5)).toBeUndefined();
  });
});

describe('suggestedCheckInStatus', () => {
  const kr = { kind: 'increase', start: 0, target: 100 } as const;
  it('follows the gap between the typed value and pace', () => {
    expect(suggestedCheckInStatus(kr, 60, 0.6, thresholds)).toBe('on-track');
    expect(suggestedCheckInStatus(kr, 59, 0.6, thresholds)).toBe('behind');
    expect(suggestedCheckInStatus(kr, 34, 0.6, thresholds)).toBe('at-risk');
    expect(suggestedCheckInStatus(kr, 9, 0.6, thresholds)).toBe('off-track');
    expect(suggestedCheckInStatus({ kind: 'stay-below', start: undefined, target: 15 }, 16, 0.6, thresholds)).toBe('off-track');
  });

  it('keeps the last status when the value says nothing, on track at first', () => {
    expect(suggestedCheckInStatus(kr, undefined, 0.6, thresholds, 'at-risk')).toBe('at-risk');
    expect(suggestedCheckInStatus({ kind: 'increase', start: undefined, target: 5 }, 3, 0.6, thresholds)).toBe('on-track');
  });
});

describe('value text', () => {
  it('shows at most two decimals and the unit, yes/no as words, milestones in percent', () => {
    expect(valueText(48.567, '%')).toBe('48.57 %');
    expect(valueText(1200, undefined)).toBe('1,200');
    expect(valueText(undefined, '%')).toBe('—');
    expect(krValueText({ kind: 'binary', unit: undefined }, 1)).toBe('Done');
    expect(krValueText({ kind: 'binary', unit: undefined }, 0)).toBe('Not done');
    expect(krValueText({ kind: 'milestone', unit: undefined }, 65)).toBe('65 %');
  });
});
