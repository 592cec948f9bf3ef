/**
 * Resolves in a task after the host page's load event (so its loadEventEnd is already recorded),
 * at once if the page has loaded, or after `capMs` if the page is still loading by then.
 *
 * Why: a content script runs after DOMContentLoaded, and on a page with nothing left to fetch the
 * load event waits for whatever the script does synchronously and for any task it queues first
 * (docs/benchmarks.md). The overlay's style sheet and first render wait for this instead; the cap
 * keeps the overlay's paint prompt on a page whose images or late files keep it loading for long,
 * where that render then overlaps the page's own fetching.
 */
export function afterPageLoad(win: Window, capMs: number): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(cap);
      win.removeEventListener('load', onLoad);
      resolve();
    };
    const onLoad = () => win.setTimeout(done, 0);
    const cap = win.setTimeout(done, capMs);
    win.addEventListener('load', onLoad);
  });
}
