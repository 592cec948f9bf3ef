import { describe, expect, it } from 'vitest';
import { fieldStamp, nextStamp, stampTime } from './hlc.ts';

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    const a = nextStamp(undefined, new Date('2026-11-20T10:00:00Z'), 'laptop');
    const b = nextStamp(a, new Date('2026-11-20T10:00:01Z'), 'laptop');
    expect([a, b]).toEqual(['2026-11-20T10:00:00.000Z|0000|laptop', '2026-11-20T10:00:01.000Z|0000|laptop']);
  });

  it('never goes backwards when the clock does, and counts within a millisecond', () => {
    const a = nextStamp(undefined, new Date('2026-11-20T10:00:05Z'), 'laptop');
    const b = nextStamp(a, new Date('2026-11-20T09:59:00Z'), 'laptop');
    const c = nextStamp(b, new Date('2026-11-20T10:00:05Z'), 'laptop');
    expect(b > a && c > b).toBe(true);
    expect(stampTime(c)).toBe('2026-11-20T10:00:05.000Z');
  });

  it('sorts a bare updatedAt before explicit stamps of the same instant', () => {
    const record = { updatedAt: '2026-11-20T10:00:00.000Z', fieldClocks: { title: '2026-11-20T10:00:00.000Z|0001|phone' } };
    expect(fieldStamp(record, 'title') > fieldStamp(record, 'tags')).toBe(true);
  });
});
