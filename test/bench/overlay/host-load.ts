import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { PAINT_WATCH } from './paint-watch.ts';

/** lastSubresource: the latest responseEnd of the page's own link/script/img loads (0 if none). */
export type LoadRun = { loadEnd: number; domContentLoaded: number; lastSubresource: number; scriptMs: number; heapBytes: number; overlay: boolean };

/** Chromium as launch-extension.ts starts it, without the extension. */
export async function launchPlain(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'okr-lens-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: false, timeout: 180_000, timezoneId: 'America/New_York',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context.setDefaultTimeout(60_000);
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/**
 * One load of `url` in a new tab: navigation timing's loadEventEnd, then (once the overlay has
 * painted, or at once without the extension, after one more frame either way) a garbage
 * collection and the renderer's Performance.getMetrics: ScriptDuration since the tab's metrics
 * were enabled (before the navigation) and JSHeapUsedSize of the tab's V8 isolate.
 */
export async function loadOnce(context: BrowserContext, url: string, expectOverlay: boolean): Promise<LoadRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(PAINT_WATCH);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    if (expectOverlay) await page.waitForFunction(() => (globalThis as { __okrLensPaint?: { painted?: number } }).__okrLensPaint?.painted !== undefined, undefined, { timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const [loadEnd, domContentLoaded, lastSubresource] = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const own = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => ['link', 'script', 'img'].includes(e.initiatorType));
      return [nav.loadEventEnd, nav.domContentLoadedEventEnd, Math.max(0, ...own.map((e) => e.responseEnd))] as const;
    });
    const overlay = (await page.locator('[data-okr-lens]').count()) > 0;
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { loadEnd, domContentLoaded, lastSubresource, scriptMs: metric('ScriptDuration') * 1000, heapBytes: metric('JSHeapUsedSize'), overlay };
  } finally {
    await page.close();
  }
}

/** url: this arm's own address for the page, if not the shared one. */
export type Arm = { name: string; context: BrowserContext; overlay: boolean; url?: string };

/**
 * `loads` rounds of one load of `url` in each arm (the extension's browser, two plain ones, the
 * second an A/A control that shows how far two browsers without the extension differ by chance,
 * and the extension's browser again at an address no content script matches),
 * rotating which arm goes first, after one warm-up round that is dropped. Throws if the overlay is
 * missing where expected or present where not. Result i of every arm comes from round i.
 */
export async function roundRobinLoads(arms: Arm[], url: string, loads: number): Promise<LoadRun[][]> {
  const out: LoadRun[][] = arms.map(() => []);
  for (let round = 0; round <= loads; round++) {
    for (let k = 0; k < arms.length; k++) {
      const a = (round + k) % arms.length;
      const run = await loadOnce(arms[a]!.context, arms[a]!.url ?? url, arms[a]!.overlay);
      if (run.overlay !== arms[a]!.overlay) throw new Error(`overlay-bench: the overlay was ${run.overlay ? 'present' : 'missing'} in ${arms[a]!.name}`);
      if (round > 0) out[a]!.push(run); // round 0 warms up
    }
  }
  return out;
}
