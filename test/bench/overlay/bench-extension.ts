import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from '../../e2e/launch-extension.ts';
import { routeHostPages } from '../../e2e/overlay-pages.ts';
import { workerControl, type WorkerControl } from './worker-control.ts';

type Reply = { ok: boolean; value?: unknown; error?: { message: string } };
declare const chrome: { runtime: { sendMessage: (m: unknown) => Promise<Reply> } };
type Bench = { timeReads: (host: string, entity: string, container: string, runs: number, batch: number) => Promise<{ samples: number[]; linked: number }>; linkKeys: () => Promise<number> };

export type BenchExtension = LaunchedExtension & {
  workers: WorkerControl;
  send: (request: unknown) => Promise<Reply>;
  /** Calls one of summary-timer-entry.ts's functions in an extension page. */
  bench: <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) => ReturnType<Bench[K]>;
  /** Closes the extension page, so nothing but the host pages can wake the worker. */
  closeLoader: () => Promise<void>;
};

const timerScript = build({ entryPoints: ['test/bench/overlay/summary-timer-entry.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' })
  .then((r) => r.outputFiles[0]!.text);

/** The built extension with the fixtures served at their real URLs, `bundle` imported, and a way to stop its worker. */
export async function benchExtension(bundle: string): Promise<BenchExtension> {
  const ext = await launchExtension();
  await routeHostPages(ext.context);
  const control = await ext.context.newPage();
  const workers = await workerControl(ext.context, ext.extensionId, control);
  let loader: Page | undefined;
  const page = async () => {
    if (loader) return loader;
    loader = await ext.context.newPage();
    await loader.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await loader.evaluate(await timerScript);
    return loader;
  };
  const send = async (request: unknown) => (await page()).evaluate((r) => chrome.runtime.sendMessage({ channel: 'okr-lens', request: r }), request);
  const bench = (async (name: string, ...args: unknown[]) => (await page()).evaluate(
    ([n, a]) => (globalThis as unknown as { okrLensBench: Record<string, (...x: unknown[]) => unknown> }).okrLensBench[n as string]!(...(a as unknown[])),
    [name, args] as const,
  )) as BenchExtension['bench'];
  const imported = await send({ type: 'bundle.import', text: bundle, fileName: 'bench.okr.json' });
  if (!imported.ok) throw new Error(`overlay-bench: import failed: ${JSON.stringify(imported.error)}`);
  return {
    ...ext, workers, send, bench,
    closeLoader: async () => { await loader?.close(); loader = undefined; },
  };
}

/** Waits (polling storage.local) until the background has written at least `n` link keys. */
export async function summaryWritten(ext: BenchExtension, n: number, timeoutMs = 300_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const keys = await ext.bench('linkKeys');
    if (keys >= n) return keys;
    if (Date.now() > deadline) throw new Error(`overlay-bench: only ${keys} of ${n} link keys in storage.local after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
