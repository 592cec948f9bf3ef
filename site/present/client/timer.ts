// The presenter's stopwatch: elapsed time survives pauses; reading it needs only the clock.

export type Timer = { elapsedMs: number; startedAt: number | undefined };

export const newTimer = (): Timer => ({ elapsedMs: 0, startedAt: undefined });
export const running = (t: Timer) => t.startedAt !== undefined;
export const elapsed = (t: Timer, now: number) => t.elapsedMs + (t.startedAt === undefined ? 0 : now - t.startedAt);
export const toggle = (t: Timer, now: number): Timer =>
  t.startedAt === undefined ? { ...t, startedAt: now } : { elapsedMs: elapsed(t, now), startedAt: undefined };

/** "4:05", "1:02:09". */
export function clockText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}
