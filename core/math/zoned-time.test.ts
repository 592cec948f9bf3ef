import { describe, expect, it } from 'vitest';
import { nextReminderAt, zonedInstant } from './zoned-time.ts';

describe('zonedInstant', () => {
  it('finds the instant a wall clock reads, in winter and summer time', () => {
    expect(zonedInstant('2026-11-20', '09:00', 'America/New_York')).toEqual(new Date('2026-11-20T14:00:00Z'));
    expect(zonedInstant('2026-07-20', '09:00', 'America/New_York')).toEqual(new Date('2026-07-20T13:00:00Z'));
    expect(zonedInstant('2026-07-20', '09:00', 'Asia/Kolkata')).toEqual(new Date('2026-07-20T03:30:00Z'));
    expect(zonedInstant('2026-07-20', '23:45', 'UTC')).toEqual(new Date('2026-07-20T23:45:00Z'));
  });

  it('moves a time skipped by the spring jump forward, and takes the first of a repeated one', () => {
    // New York skips 02:00–03:00 on 8 March 2026 and repeats 01:00–02:00 on 1 November 2026.
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York')).toEqual(new Date('2026-03-08T07:30:00Z'));
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York')).toEqual(new Date('2026-11-01T05:30:00Z'));
    expect(zonedInstant('2026-03-09', '09:00', 'America/New_York')).toEqual(new Date('2026-03-09T13:00:00Z'));
  });
});

describe('nextReminderAt', () => {
  const ny = 'America/New_York';
  it('is today when the time has not struck yet, else tomorrow', () => {
    expect(nextReminderAt(new Date('2026-11-20T13:59:00Z'), '09:00', ny)).toEqual(new Date('2026-11-20T14:00:00Z'));
    expect(nextReminderAt(new Date('2026-11-20T14:00:00Z'), '09:00', ny)).toEqual(new Date('2026-11-21T14:00:00Z'));
  });

  it('waits for a later first day, and ignores one already past', () => {
    expect(nextReminderAt(new Date('2026-11-20T10:00:00Z'), '09:00', ny, '2026-11-23')).toEqual(new Date('2026-11-23T14:00:00Z'));
    expect(nextReminderAt(new Date('2026-11-20T10:00:00Z'), '09:00', ny, '2026-11-01')).toEqual(new Date('2026-11-20T14:00:00Z'));
  });

  it('counts the day where the workspace is: late evening in New York is already tomorrow in UTC', () => {
    expect(nextReminderAt(new Date('2026-11-21T02:00:00Z'), '22:00', ny)).toEqual(new Date('2026-11-21T03:00:00Z'));
  });
});
