// Bundled by overlay-bench.ts and evaluated in an extension page: the overlay's real
// readPageSummary against the real chrome.storage.local, timed one read after another.
import { readPageSummary, type SummaryArea } from '../../../extension/overlay/page-summary.ts';
import { SUMMARY_KEYS } from '../../../extension/overlay-store/summary-keys.ts';
import type { PageEntity } from '../../../extension/sites/site-types.ts';

declare const chrome: { storage: { local: SummaryArea & { get: (k: string) => Promise<Record<string, unknown>> } } };

/** Each sample is the mean of `batch` reads one after another: an extension page's clock ticks in 0.1 ms. */
async function timeReads(host: string, entityKey: string, containerKey: string, runs: number, batch: number) {
  const entity = { key: entityKey, label: entityKey, kind: 'jira-issue', url: `https://${host}/` } satisfies PageEntity;
  const samples: number[] = [];
  let linked = -1;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) linked = (await readPageSummary(chrome.storage.local, host, entity, containerKey)).linked.length;
    samples.push((performance.now() - start) / batch);
  }
  return { samples, linked };
}

/** How many link keys the background has written (its index of them). */
async function linkKeys(): Promise<number> {
  const got = await chrome.storage.local.get(SUMMARY_KEYS.index);
  const index = got[SUMMARY_KEYS.index];
  return Array.isArray(index) ? index.filter((k) => String(k).startsWith(SUMMARY_KEYS.link(''))).length : 0;
}

Object.assign(globalThis, { okrLensBench: { timeReads, linkKeys } });
