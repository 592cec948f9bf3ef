import { describe, expect, it } from 'vitest';
import { matchesFilter, visibleRows } from './filter-match.ts';

const keys = { team: ['growth'], owner: ['maya'], tag: ['churn'], status: 'behind' as const, text: 'keep resume customers\nmaya chen' };

describe('client-side filters', () => {
  it('needs every given field and every word, ignoring accents and case', () => {
    expect(matchesFilter(keys, {})).toBe(true);
    expect(matchesFilter(keys, { team: 'growth', owner: 'maya', tag: 'churn', status: 'behind', q: 'Résumé  MAYA' })).toBe(true);
    expect(matchesFilter(keys, { team: 'platform' })).toBe(false);
    expect(matchesFilter(keys, { owner: 'sam' })).toBe(false);
    expect(matchesFilter(keys, { tag: 'growth' })).toBe(false);
    expect(matchesFilter(keys, { status: 'on-track' })).toBe(false);
    expect(matchesFilter(keys, { q: 'maya nobody' })).toBe(false);
  });

  it('keeps the ancestors of a match as context and hides the rest', () => {
    const rows = [
      { depth: 0, self: false, anyKr: false }, { depth: 1, self: false, anyKr: false }, { depth: 2, self: false, anyKr: true },
      { depth: 1, self: false, anyKr: false }, { depth: 0, self: true, anyKr: true },
    ];
    expect(visibleRows(rows)).toEqual(['context', 'context', 'match', 'hidden', 'match']);
  });
});
