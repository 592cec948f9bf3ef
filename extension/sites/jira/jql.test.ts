import { describe, expect, it } from 'vitest';
import { doneJql, withoutOrderBy } from './jql.ts';

describe('JQL for live counts', () => {
  it('drops the ORDER BY clause, whatever its case', () => {
    expect(withoutOrderBy('project = KAN order by Rank ASC')).toBe('project = KAN');
    expect(withoutOrderBy('project = KAN')).toBe('project = KAN');
    expect(withoutOrderBy('project = KAN\nORDER  BY created')).toBe('project = KAN');
  });
  it('keeps "order by" inside quoted text', () => {
    expect(withoutOrderBy('summary ~ "order by" AND text ~ \'x order by y\' ORDER BY created')).toBe('summary ~ "order by" AND text ~ \'x order by y\'');
  });
  it('narrows the filter to done issues in parentheses, so an OR stays inside', () => {
    expect(doneJql('project = KAN OR project = WEB ORDER BY created')).toBe('(project = KAN OR project = WEB) AND statusCategory = Done');
    expect(doneJql('ORDER BY created')).toBe('statusCategory = Done');
  });
});
