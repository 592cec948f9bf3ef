import type { BrowserContext, Page } from 'playwright-core';

// The extension's service worker as the ServiceWorker CDP domain reports it. Playwright's own list
// keeps a stopped worker (no `close` event in Chromium 156), and the browser session got no
// Target.targetDestroyed for it either, while Target.getTargets no longer listed it.
export type WorkerControl = {
  /** Whether a version of the extension's worker is starting, running or stopping. */
  running: () => boolean;
  /** How many times a version of the extension's worker went to "starting" or "running" since the watch began. */
  starts: () => number;
  stop: () => Promise<void>;
};

const until = async (done: () => boolean | Promise<boolean>, what: string, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`overlay-bench: ${what} did not happen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/**
 * `ServiceWorker.stopAllWorkers` on a page's CDP session (the domain enabled first; the browser
 * session has no ServiceWorker domain) stops the extension's worker too. Stopped means: the domain
 * reports the version "stopped" and the browser's target list has no service worker of ours.
 */
export async function workerControl(context: BrowserContext, extensionId: string, controlPage: Page): Promise<WorkerControl> {
  const browser = context.browser();
  if (!browser) throw new Error('overlay-bench: no browser behind the context');
  const targets = await browser.newBrowserCDPSession();
  const ours = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  const status = new Map<string, string>();
  let starts = 0;
  const session = await context.newCDPSession(controlPage);
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!ours(v.scriptURL)) continue;
      const was = status.get(v.versionId);
      if (was !== v.runningStatus && (v.runningStatus === 'starting' || (v.runningStatus === 'running' && was !== 'starting'))) starts += 1;
      status.set(v.versionId, v.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  await until(() => status.size > 0, 'the first report on the service worker');
  starts = 0; // enabling reported the worker already running
  const running = () => [...status.values()].some((s) => s !== 'stopped');
  const listed = async () => (await targets.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker' && ours(t.url));
  return {
    running,
    starts: () => starts,
    stop: async () => {
      if (running()) await session.send('ServiceWorker.stopAllWorkers');
      await until(async () => !running() && !(await listed()), 'stopping the service worker');
    },
  };
}
