import { beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad } from './after-page-load.ts';

/** A window whose load event the test fires; timers are vitest's fake ones. */
function fakeWindow(readyState: DocumentReadyState) {
  const target = new EventTarget();
  const win = {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  };
  return { win: win as unknown as Window, fireLoad: () => target.dispatchEvent(new Event('load')) };
}

const settled = (p: Promise<void>) => {
  const state = { done: false };
  void p.then(() => { state.done = true; });
  return state;
};

describe('afterPageLoad', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });

  it('resolves at once on a page that has loaded', async () => {
    const { win } = fakeWindow('complete');
    const state = settled(afterPageLoad(win, 50));
    await Promise.resolve();
    expect(state.done).toBe(true);
  });

  it('waits for the load event, then one more task, so the event has ended first', async () => {
    const { win, fireLoad } = fakeWindow('interactive');
    const state = settled(afterPageLoad(win, 50));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.done).toBe(false);
    fireLoad();
    await Promise.resolve();
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
  });

  it('stops waiting after the cap on a page that keeps loading', async () => {
    const { win } = fakeWindow('interactive');
    const state = settled(afterPageLoad(win, 50));
    await vi.advanceTimersByTimeAsync(49);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(true);
  });
});
