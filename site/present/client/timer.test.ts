import { describe, expect, it } from 'vitest';
import { clockText, elapsed, newTimer, running, toggle } from './timer.ts';

describe('presenter timer', () => {
  it('counts only while running and keeps the time across a pause', () => {
    let t = newTimer();
    expect(elapsed(t, 5_000)).toBe(0);
    t = toggle(t, 10_000);
    expect(running(t)).toBe(true);
    expect(elapsed(t, 70_000)).toBe(60_000);
    t = toggle(t, 70_000);
    expect(elapsed(t, 999_000)).toBe(60_000);
    t = toggle(t, 1_000_000);
    expect(elapsed(t, 1_005_500)).toBe(65_500);
  });

  it('reads as minutes and seconds, hours when needed', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_999)).toBe('1:05');
    expect(clockText(3_729_000)).toBe('1:02:09');
  });
});
