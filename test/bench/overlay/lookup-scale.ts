import { benchExtension, summaryWritten } from './bench-extension.ts';
import { linkedBundle, PAGE_ENTITY, PAGE_URL } from './linked-bundle.ts';
import { paintRuns, type PaintRun } from './overlay-paint.ts';

export const READ_BATCH = 20;

export type Scale = { links: number; keys: number; setupMs: number; reads: number[]; paints: PaintRun[]; readsLater: number[] };

/** A fresh profile with `links` linked key results; then the same page's summary read and overlay paint. */
export async function lookupAt(links: number, now: string, reads: number, paints: number): Promise<Scale> {
  const text = linkedBundle(links, now);
  const started = performance.now();
  const ext = await benchExtension(text);
  try {
    const keys = await summaryWritten(ext, links + 1);
    const setupMs = performance.now() - started;
    const host = new URL(PAGE_URL).host;
    await ext.bench('timeReads', host, PAGE_ENTITY.key, PAGE_ENTITY.container, 3, 5); // warm-up
    const { samples, linked } = await ext.bench('timeReads', host, PAGE_ENTITY.key, PAGE_ENTITY.container, reads, READ_BATCH);
    if (linked !== 1) throw new Error(`overlay-bench: the page's summary has ${linked} items, not 1`);
    await ext.closeLoader();
    const painted = await paintRuns(ext.context, ext.workers, PAGE_URL, paints);
    // Again once the paints are done (tens of seconds later): whatever storage did after the big write has settled by then.
    const later = await ext.bench('timeReads', host, PAGE_ENTITY.key, PAGE_ENTITY.container, reads, READ_BATCH);
    return { links, keys, setupMs, reads: samples, paints: painted, readsLater: later.samples };
  } finally {
    await ext.close();
  }
}
