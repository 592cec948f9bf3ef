import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';

// A pinned clock for every unit test: mid-Q4 2026, a Friday afternoon in New York (TZ is pinned
// in vitest.config.ts). Only Date is faked, so IndexedDB's own timers still run.
export const PINNED_NOW = new Date('2026-11-20T20:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(PINNED_NOW);
});

afterEach(() => {
  vi.useRealTimers();
});
