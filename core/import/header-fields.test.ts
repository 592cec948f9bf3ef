import { describe, expect, it } from 'vitest';
import { mapHeader } from './header-fields.ts';

describe('mapHeader', () => {
  it('matches headers loosely: case, spacing, punctuation and synonyms', () => {
    const map = mapHeader(['Row ID', 'TITLE', 'Parent', 'Entity', 'Owner Email', 'Time Period', 'Start value', 'Target  Value', 'current-value', 'KR', 'Lead']);
    expect(Object.fromEntries(map.fields)).toEqual({ rowId: 0, title: 1, parent: 2, type: 3, owner: 4, period: 5, start: 6, target: 7, current: 8, keyResult: 9 });
    expect(map.unknown).toEqual([]);
  });

  it('keeps the first of two columns that mean the same, and lists unknown ones', () => {
    const map = mapHeader(['Owner', 'Lead', 'Ziel', 'Key Result']);
    expect(map.fields.get('owner')).toBe(0);
    expect(map.unknown).toEqual(['Ziel']);
  });

  it('finds indentation columns in depth order', () => {
    expect(mapHeader(['L1', 'Main', 'Level 2', 'Owner']).indent).toEqual([{ depth: 0, index: 1 }, { depth: 1, index: 0 }, { depth: 2, index: 2 }]);
  });
});
