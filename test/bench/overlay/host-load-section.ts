import { statSync } from 'node:fs';
import { ENTITY_PAGES, routeHostPages } from '../../e2e/overlay-pages.ts';
import { benchExtension } from './bench-extension.ts';
import { alternateLoads, launchPlain, type LoadRun } from './host-load.ts';
import { BYTES_PER_MS, REALISTIC_ASSETS, REALISTIC_PAGE, routeRealisticPage, RTT_MS } from './realistic-assets.ts';
import { median, spread } from './stats.ts';

// Section 4 of overlay-bench.ts: the host page's load, script time and heap with and without the
// extension, first on the bare fixture (no subresources), then on the same page with realistic
// subresources (realistic-assets.ts). Method: docs/benchmarks.md.
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const fixtureFile = (f: string) => (f.startsWith('fixtures/') ? f : `fixtures/pages/${f}`);
const PULL = 'github/pull-conversation.html';

function report(withExt: LoadRun[], without: LoadRun[], label: string) {
  const row = (name: string, f: (r: LoadRun) => number, unit: string, digits: number) =>
    console.log(`   ${name.padEnd(18)} with ${spread(withExt.map(f), unit, digits)}\n   ${''.padEnd(18)} without ${spread(without.map(f), unit, digits)}`);
  if (without.some((r) => r.lastSubresource > 0)) row('last subresource', (r) => r.lastSubresource, 'ms', 1);
  row('DOMContentLoaded', (r) => r.domContentLoaded, 'ms', 1);
  row('loadEventEnd', (r) => r.loadEnd, 'ms', 1);
  row('DCL → load end', (r) => r.loadEnd - r.domContentLoaded, 'ms', 1);
  row('script time', (r) => r.scriptMs, 'ms', 1);
  row('JS heap used', (r) => r.heapBytes / 1e6, 'MB', 2);
  const m = (runs: LoadRun[], f: (r: LoadRun) => number) => median(runs.map(f));
  const loadRatio = m(withExt, (r) => r.loadEnd) / m(without, (r) => r.loadEnd);
  const loadAdded = m(withExt, (r) => r.loadEnd) - m(without, (r) => r.loadEnd);
  console.log(`   ${label}: load ratio ${loadRatio.toFixed(3)}× (target ≤ 1.05×) ${verdict(loadRatio <= 1.05)}: ${loadAdded.toFixed(0)} ms added to a page that loads in ${m(without, (r) => r.loadEnd).toFixed(0)} ms`);
  // The two profiles' DOMContentLoaded differ by chance (two browsers on a busy machine); the gap
  // after it is where a document_idle script can hold the load event back.
  const gapAdded = m(withExt, (r) => r.loadEnd - r.domContentLoaded) - m(without, (r) => r.loadEnd - r.domContentLoaded);
  console.log(`   ${label}: DCL → load end ${gapAdded.toFixed(0)} ms longer with the extension (differences of medians), ${(1 + gapAdded / m(without, (r) => r.loadEnd)).toFixed(3)}× the load without it if that were all it added`);
  const scriptAdded = m(withExt, (r) => r.scriptMs) - m(without, (r) => r.scriptMs);
  const heapAdded = m(withExt, (r) => r.heapBytes) - m(without, (r) => r.heapBytes);
  console.log(`   ${label}: script time added ${scriptAdded.toFixed(1)} ms (target < 20 ms) ${verdict(scriptAdded < 20)}; JS heap added ${(heapAdded / 1e6).toFixed(2)} MB (target < 1 MB) ${verdict(heapAdded < 1e6)}   (differences of medians)`);
}

export async function hostLoadSection(demo: string, kr: string, loads: number) {
  const page = ENTITY_PAGES.find((p) => p.fixture === PULL)!;
  const assetBytes = REALISTIC_ASSETS.reduce((n, a) => n + a.body.length, 0);
  console.log(`\n4. Host page load with vs without the extension: ${page.url}, two variants of the page, both printed below:`);
  console.log(`   4a BARE page: ${page.fixture}, ${kB(statSync(fixtureFile(page.fixture)).size)}, no subresources (the largest fixture).`);
  console.log(`   4b REALISTIC page: ${REALISTIC_PAGE}, ${kB(statSync(REALISTIC_PAGE).size)}, the same content plus ${REALISTIC_ASSETS.length} subresources`);
  console.log(`      (${kB(assetBytes)}: 4 stylesheets, 4 defer scripts, 5 avatars) at github.githubassets.com / avatars.githubusercontent.com,`);
  console.log(`      each answered after ${RTT_MS} ms + the bytes sent so far at ${BYTES_PER_MS / 125} Mbit/s (${Math.min(...REALISTIC_ASSETS.map((a) => a.delayMs))}–${Math.max(...REALISTIC_ASSETS.map((a) => a.delayMs))} ms).`);
  console.log(`   ${loads} loads each after one warm-up, alternating, each in a new tab; the overlay is linked and painted in the extension's runs.`);
  console.log('   Script time: Performance.getMetrics ScriptDuration (thread time; all worlds of the tab, from before navigation to after');
  console.log('   the overlay painted). Heap: JSHeapUsedSize after HeapProfiler.collectGarbage: the whole V8 isolate of the tab, so it');
  console.log('   includes the content script\'s isolated world and the Preact it carries.');
  const ext = await benchExtension(demo);
  const plain = await launchPlain();
  try {
    await ext.send({ type: 'link.add', targetType: 'keyResult', id: kr, link: { key: page.entity.key, url: page.url, title: page.title } });
    await ext.closeLoader();
    await routeHostPages(plain.context);
    console.log(`\n   4a BARE page (${page.fixture}, no subresources)`);
    const bare = await alternateLoads(ext.context, plain.context, page.url, loads);
    report(bare.withExt, bare.without, '4a BARE');
    console.log('   (a document_idle content script runs between DOMContentLoaded and load on a page with nothing left to fetch,');
    console.log('   so the load event waits for its evaluation and first task; docs/benchmarks.md)');

    const counters = [await routeRealisticPage(ext.context, page.url), await routeRealisticPage(plain.context, page.url)];
    console.log(`\n   4b REALISTIC page (${REALISTIC_PAGE}, ${REALISTIC_ASSETS.length} routed subresources)`);
    const real = await alternateLoads(ext.context, plain.context, page.url, loads);
    report(real.withExt, real.without, '4b REALISTIC');
    const served = counters.reduce((n, c) => n + c.served(), 0);
    const expected = 2 * (loads + 1) * REALISTIC_ASSETS.length;
    console.log(`   (subresources served by the routes: ${served} of ${expected} expected for ${2 * (loads + 1)} loads${served === expected ? ': none came from a cache' : ': WARNING, some came from a cache or were not requested'})`);
  } finally {
    await plain.close();
    await ext.close();
  }
}
