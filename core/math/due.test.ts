import { describe, expect, it } from 'vitest';
import { checkInDue, nextCheckInDay } from './due.ts';

const LA = 'America/Los_Angeles';

describe('checkInDue', () => {
  it('is due without any check-in', () => {
    expect(checkInDue(undefined, 7, new Date('2026-11-20T12:00:00Z'), LA)).toBe(true);
  });

  it('counts calendar days in the workspace zone from the day of the last check-in', () => {
    // Monday 16 November 17:00 in Los Angeles is already Tuesday 01:00 in UTC.
    const last = '2026-11-17T01:00:00.000Z';
    expect(nextCheckInDay(last, 7, LA)).toBe('2026-11-23');
    expect(nextCheckInDay(last, 7, 'UTC')).toBe('2026-11-24');
    expect(checkInDue(last, 7, new Date('2026-11-23T07:59:00Z'), LA)).toBe(false); // 23:59 Sunday there
    expect(checkInDue(last, 7, new Date('2026-11-23T08:00:00Z'), LA)).toBe(true); // 00:00 Monday there
    expect(checkInDue(last, 7, new Date('2026-11-23T08:00:00Z'), 'UTC')).toBe(false);
    expect(checkInDue(last, 1, new Date('2026-11-17T07:59:00Z'), LA)).toBe(false);
    expect(checkInDue(last, 1, new Date('2026-11-17T08:00:00Z'), LA)).toBe(true);
  });
});
