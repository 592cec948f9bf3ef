import { describe, expect, it } from 'vitest';
import { nearDuplicate, nearDuplicateTags } from './near-duplicate-tags.ts';

describe('nearDuplicate', () => {
  it('flags case, spacing, plurals and one-letter typos', () => {
    expect(nearDuplicate('Growth', 'growth')).toBe(true);
    expect(nearDuplicate('customer success', 'customer-success')).toBe(true);
    expect(nearDuplicate('bug', 'bugs')).toBe(true);
    expect(nearDuplicate('process', 'processes')).toBe(true);
    expect(nearDuplicate('platform', 'platfrm')).toBe(true);
  });

  it('leaves different tags and the same tag alone', () => {
    for (const [a, b] of [['sales', 'security'], ['q3', 'q4'], ['ux', 'ui'], ['growth', 'growth'], ['ops', 'design']]) expect(nearDuplicate(a!, b!)).toBe(false);
  });
});

describe('nearDuplicateTags', () => {
  it('names, for each tag, the ones that look like it', () => {
    expect([...nearDuplicateTags(['growth', 'Growth', 'sales', 'bugs', 'bug'])]).toEqual([
      ['growth', ['Growth']], ['Growth', ['growth']], ['bugs', ['bug']], ['bug', ['bugs']],
    ]);
    expect(nearDuplicateTags(['sales', 'security']).size).toBe(0);
  });
});
