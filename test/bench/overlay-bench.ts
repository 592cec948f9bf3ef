#!/usr/bin/env node
// The overlay's speed targets (issue 8, "Speed"; method in docs/benchmarks.md): content script
// sizes, the overlay's paint with the service worker asleep, the summary lookup at 100 and 50,000
// linked records, and the host page's load, script time and heap with and without the extension.
// Prints what it measured; not a test. Run after `npm run build:extension`:
//   node test/bench/overlay-bench.ts
import { readFileSync } from 'node:fs';
import { ENTITY_PAGES } from '../e2e/overlay-pages.ts';
import { benchExtension } from './overlay/bench-extension.ts';
import { BUDGET_BYTES, contentScriptSizes, toolsSize } from './overlay/content-script-size.ts';
import { hostLoadSection } from './overlay/host-load-section.ts';
import { lookupAt, READ_BATCH } from './overlay/lookup-scale.ts';
import { paintRuns, type PaintRun } from './overlay/overlay-paint.ts';
import { median, spread } from './overlay/stats.ts';

const NOW = '2026-11-20T17:00:00.000Z';
const PAINTS = Number(process.env.OVERLAY_BENCH_PAINTS ?? 11);
const READS = 15;
const LOADS = Number(process.env.OVERLAY_BENCH_LOADS ?? 15);
const DEMO = readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8');
const KR = 'q4-company-kr3';
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

console.log('\n== Overlay (issue 8 "Speed") ==');

// 1. Sizes.
console.log(`\n1. Content script per host (.output/chrome-mv3/content-scripts/, budget ${kB(BUDGET_BYTES)} minified before gzip)`);
for (const s of contentScriptSizes())
  console.log(`   ${s.site.padEnd(10)} ${kB(s.bytes).padStart(8)} minified, ${kB(s.gzip).padStart(7)} gzipped  ${verdict(s.bytes <= BUDGET_BYTES)} (${(s.bytes / BUDGET_BYTES).toFixed(2)}× the budget)`);
const tools = toolsSize();
console.log(`   + on demand: overlay-tools.js ${kB(tools.bytes)} minified, ${kB(tools.gzip)} gzipped (forms, capture, live counts; its own Preact), loaded when a page opens a form or has a captured number or live count`);

// 2. Paint with the worker asleep, one page per host, the demo company.
const paintStats = (runs: PaintRun[]) => ({
  rendered: runs.map((r) => r.rendered - r.start),
  painted: runs.map((r) => r.painted - r.start),
  injected: runs.map((r) => r.start),
  afterDcl: runs.map((r) => r.start - r.domContentLoaded),
  woke: runs.filter((r) => r.workerWoke).length,
});
console.log(`\n2. Overlay painted after the content script starts, service worker stopped before each load (target < 100 ms)`);
console.log('   start = performance.mark at the top of runOverlay (after the bundle is evaluated); painted = a task posted from');
console.log('   the first animation frame after the overlay region is in its shadow root (main-world MutationObserver).');
const samplePages = [
  ENTITY_PAGES.find((p) => p.url === 'https://acme.atlassian.net/browse/KAN-1')!,
  ENTITY_PAGES.find((p) => p.url === 'https://github.com/acme/api/issues/12')!,
  ENTITY_PAGES.find((p) => p.url.includes('/lightning/r/Opportunity/'))!,
];
{
  const ext = await benchExtension(DEMO);
  try {
    for (const p of samplePages) {
      const linked = await ext.send({ type: 'link.add', targetType: 'keyResult', id: KR, link: { key: p.entity.key, url: p.url, title: p.title } });
      if (!linked.ok) throw new Error(`overlay-bench: link.add failed: ${JSON.stringify(linked.error)}`);
    }
    await ext.closeLoader();
    for (const p of samplePages) {
      const runs = await paintRuns(ext.context, ext.workers, p.url, PAINTS);
      const s = paintStats(runs);
      console.log(`   ${p.url}`);
      console.log(`     start → in the DOM  ${spread(s.rendered)}`);
      console.log(`     start → painted     ${spread(s.painted)}  ${verdict(median(s.painted) < 100)}`);
      console.log(`     (start came ${spread(s.injected, 'ms', 0)} after navigation start, ${spread(s.afterDcl, 'ms', 0)} after DOMContentLoaded;`);
      console.log(`      the worker woke during ${s.woke} of ${runs.length} loads)`);
    }
  } finally {
    await ext.close();
  }
}

// 3. The same page's lookup with 100 and with 50,000 linked records.
console.log(`\n3. Summary lookup on ${'https://acme.atlassian.net/browse/KAN-1'} with 100 vs 50,000 linked key results (target ≤ 1.5×)`);
console.log(`   each size in a fresh profile, imported through the background (bundle.import), which writes the summary;`);
console.log(`   readPageSummary timed ${READS}× ${READ_BATCH} reads in a row from an extension page against chrome.storage.local, and the whole paint ${PAINTS}× (worker asleep).`);
const small = await lookupAt(100, NOW, READS, PAINTS);
const large = await lookupAt(50_000, NOW, READS, PAINTS);
for (const s of [small, large]) {
  console.log(`   ${s.links.toLocaleString('en')} links (${s.keys.toLocaleString('en')} link keys in storage.local; launch + import + summary ${(s.setupMs / 1000).toFixed(1)} s)`);
  console.log(`     readPageSummary     ${spread(s.reads, 'ms', 2)}   just after the summary was written`);
  console.log(`     readPageSummary     ${spread(s.readsLater, 'ms', 2)}   again after the paints`);
  console.log(`     start → painted     ${spread(paintStats(s.paints).painted)}`);
}
const readRatio = median(large.reads) / median(small.reads);
const laterRatio = median(large.readsLater) / median(small.readsLater);
const paintRatio = median(paintStats(large.paints).painted) / median(paintStats(small.paints).painted);
console.log(`   ratio 50,000 / 100: readPageSummary ${readRatio.toFixed(2)}× ${verdict(readRatio <= 1.5)} (${laterRatio.toFixed(2)}× ${verdict(laterRatio <= 1.5)} later), whole paint ${paintRatio.toFixed(2)}× ${verdict(paintRatio <= 1.5)}`);

// 4. The host page's load with and without the extension: the bare fixture, then with realistic subresources.
await hostLoadSection(DEMO, KR, LOADS);
