import { describe, expect, it } from 'vitest';
import { krValueText, valueText } from './value-text.ts';

describe('valueText', () => {
  it.each([
    [315, '$k', '$315k'], [1200.5, '$', '$1,200.5'], [-40, '€', '-€40'], [40, '$ per seat', '$40 per seat'], [3, '£m', '£3m'],
    [50, '%', '50 %'], [12, 'customers', '12 customers'], [7, undefined, '7'], [0.123, 'k$', '0.12 k$'],
  ])('%s with unit %s reads %s', (value, unit, text) => expect(valueText(value, unit)).toBe(text));
  it('says a missing value with a dash, and binary and milestone key results in their own terms', () => {
    expect(valueText(undefined, '$')).toBe('—');
    expect(krValueText({ kind: 'binary', unit: '$' }, 1)).toBe('Done');
    expect(krValueText({ kind: 'milestone', unit: '$' }, 40)).toBe('40 %');
  });
});
