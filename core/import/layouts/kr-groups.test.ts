import { describe, expect, it } from 'vitest';
import { krGroups } from './kr-groups.ts';

describe('krGroups', () => {
  it('finds each numbered key result\'s columns, however the header spells them', () => {
    expect(krGroups(['Objective', 'KR 1', 'KR 1 Progress %', 'KR 1 - Target', 'Key Result 2 Title', 'Key Result 2 Baseline', 'KR#3 Owner', 'KR#3'])).toEqual([
      { n: 1, columns: { title: 1, current: 2, target: 3 } },
      { n: 2, columns: { title: 4, start: 5 } },
      { n: 3, columns: { owner: 6, title: 7 } },
    ]);
  });

  it('needs a title column for a group, and ignores other headers', () => {
    expect(krGroups(['Objective', 'KR1 Target', 'Key Results', 'Owner'])).toEqual([]);
  });
});
