import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinValues, splitValues } from './multi-value.ts';

describe('multi-value cells', () => {
  it('joins with "; " and escapes separators', () => {
    expect(joinValues(['growth', 'q4'])).toBe('growth; q4');
    expect(joinValues(['a;b', 'c\\d'])).toBe('a\\;b; c\\\\d');
    expect(splitValues('a\\;b; c\\\\d')).toEqual(['a;b', 'c\\d']);
    expect(splitValues('')).toEqual([]);
  });

  it('round-trips any list of non-empty values', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1 })), (values) => {
      expect(splitValues(joinValues(values))).toEqual(values);
    }));
  });
});
