import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterToQuery, isEmptyFilter } from './okr-filter.ts';

describe('the OKR filter in the URL', () => {
  it('reads what it knows and ignores the rest', () => {
    expect(filterFromQuery(new URLSearchParams('period=2026-q4&team=growth&status=at-risk&mine=1&q=a%20b&tag='))).toEqual({ team: 'growth', status: 'at-risk', mine: true, q: 'a b' });
    expect(filterFromQuery(new URLSearchParams('status=great&mine=yes'))).toEqual({});
  });

  it('writes back what it read, keeping the period and dropping empty fields', () => {
    const query = filterToQuery({ owner: 'ada', q: 'churn', mine: false, tag: '' }, new URLSearchParams('period=2026-q4&team=old'));
    expect(query.toString()).toBe('period=2026-q4&owner=ada&q=churn');
    expect(filterFromQuery(query)).toEqual({ owner: 'ada', q: 'churn' });
    expect([isEmptyFilter({}), isEmptyFilter({ mine: false, q: '' }), isEmptyFilter({ q: 'x' })]).toEqual([true, true, false]);
  });
});
