import type { BrowserContext, Page } from 'playwright-core';
import { PAINT_WATCH, readPaintTimes, type PaintTimes } from './paint-watch.ts';
import type { WorkerControl } from './worker-control.ts';

export type PaintRun = PaintTimes & { workerWoke: boolean };

/**
 * Loads `url` `runs` times in one tab (through about:blank, so each load is a new document and a
 * new content script), stopping the service worker before each load and checking it is still
 * stopped when the overlay has painted.
 */
export async function paintRuns(context: BrowserContext, workers: WorkerControl, url: string, runs: number): Promise<PaintRun[]> {
  const page: Page = await context.newPage();
  await page.addInitScript(PAINT_WATCH);
  const out: PaintRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      await workers.stop();
      if (workers.running()) throw new Error('overlay-bench: the service worker is still running');
      const startsBefore = workers.starts();
      await page.goto(url);
      const times = await readPaintTimes(page);
      out.push({ ...times, workerWoke: workers.starts() !== startsBefore || workers.running() });
    }
  } finally {
    await page.close();
  }
  return out;
}
