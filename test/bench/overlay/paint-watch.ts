import type { Page } from 'playwright-core';

// Installed in the page's main world before its own scripts. When the overlay's host element is in
// the DOM with its region inside the (open) shadow root, it records the time, then the next
// animation frame's time, then the time of a task posted from that frame's rAF callback: that
// task runs after the frame's style, layout and paint, so it is when the overlay was painted.
export const PAINT_WATCH = `(() => {
  const t = (globalThis.__okrLensPaint = {});
  new MutationObserver((_, obs) => {
    const host = document.querySelector('[data-okr-lens]');
    if (!host || !host.shadowRoot || !host.shadowRoot.querySelector('[role="region"]')) return;
    obs.disconnect();
    t.inDom = performance.now();
    requestAnimationFrame((frame) => {
      t.frame = frame;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { t.painted = performance.now(); };
      ch.port2.postMessage(0);
    });
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Times in ms from navigation start (the document's time origin). */
export type PaintTimes = { start: number; rendered: number; inDom: number; painted: number; loadEnd: number; domContentLoaded: number };

export async function readPaintTimes(page: Page): Promise<PaintTimes> {
  await page.waitForFunction(() => (globalThis as { __okrLensPaint?: { painted?: number } }).__okrLensPaint?.painted !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const marks = new Map(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    const w = (globalThis as unknown as { __okrLensPaint: { inDom: number; painted: number } }).__okrLensPaint;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const start = marks.get('okr-lens:start');
    const rendered = marks.get('okr-lens:rendered');
    if (start === undefined || rendered === undefined) throw new Error(`overlay-bench: marks not visible from the page: ${[...marks.keys()].join(', ')}`);
    return { start, rendered, inDom: w.inDom, painted: w.painted, loadEnd: nav?.loadEventEnd ?? NaN, domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN };
  });
}
