import { readFileSync, statSync } from 'node:fs';
import { ENTITY_PAGES, routeHostPages } from '../../e2e/overlay-pages.ts';
import { benchExtension } from './bench-extension.ts';
import { launchPlain, roundRobinLoads, type LoadRun } from './host-load.ts';
import { pairedRatio, quantile, ratioInterval } from './ratio-stats.ts';
import { BYTES_PER_MS, REALISTIC_ASSETS, REALISTIC_PAGE, routeRealisticPage, RTT_MS } from './realistic-assets.ts';
import { median } from './stats.ts';

// Section 4 of overlay-bench.ts: the host page's load, script time and heap with and without the
// extension, first on the bare fixture (no subresources), then on the same page with realistic
// subresources (realistic-assets.ts). Method: docs/benchmarks.md.
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const fixtureFile = (f: string) => (f.startsWith('fixtures/') ? f : `fixtures/pages/${f}`);
const PULL = 'github/pull-conversation.html';

const fmt = (xs: number[], unit: string, digits: number) =>
  `median ${median(xs).toFixed(digits)} ${unit} (quartiles ${quantile(xs, 0.25).toFixed(digits)}–${quantile(xs, 0.75).toFixed(digits)}, min–max ${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}, n ${xs.length})`;

/** The headline ratio of load medians with its noise: a bootstrap interval, the paired ratios and the A/A control. */
function ratioLine(label: string, withExt: number[], without: number[], control: number[]) {
  const ratio = median(withExt) / median(without);
  const [lo, hi] = ratioInterval(withExt, without);
  const paired = pairedRatio(withExt, without);
  const aa = median(control) / median(without);
  const [aaLo, aaHi] = ratioInterval(control, without);
  const call = hi <= 1.05 ? 'meets (whole interval ≤ 1.05×)' : lo > 1.05 ? 'MISSES (whole interval > 1.05×)' : ratio <= 1.05 ? 'meets on the median; the interval crosses 1.05×' : 'MISSES on the median; the interval crosses 1.05×';
  console.log(`   ${label}: load ratio ${ratio.toFixed(3)}× (90 % bootstrap interval ${lo.toFixed(3)}–${hi.toFixed(3)}×; target ≤ 1.05×) ${call}`);
  console.log(`   ${label}: ${(median(withExt) - median(without)).toFixed(1)} ms added to a page that loads in ${median(without).toFixed(1)} ms; paired per-round ratio median ${paired.median.toFixed(3)}× (quartiles ${paired.q1.toFixed(3)}–${paired.q3.toFixed(3)})`);
  console.log(`   ${label}: A/A control, second plain browser / first: ${aa.toFixed(3)}× (${aaLo.toFixed(3)}–${aaHi.toFixed(3)}×): the ratio chance alone gives`);
}

const UNMATCHED = 'https://unmatched.example/acme/api/pull/7';

function report(arms: LoadRun[][], label: string) {
  const at = (i: number): LoadRun[] => arms[i] ?? [];
  const [withExt, without, control, unmatched] = [at(0), at(1), at(2), at(3)];
  const row = (name: string, f: (r: LoadRun) => number, unit: string, digits: number) => {
    console.log(`   ${name.padEnd(18)} with    ${fmt(withExt.map(f), unit, digits)}`);
    console.log(`   ${''.padEnd(18)} without ${fmt(without.map(f), unit, digits)}`);
    console.log(`   ${''.padEnd(18)} control ${fmt(control.map(f), unit, digits)}`);
    console.log(`   ${''.padEnd(18)} same browser, unmatched ${fmt(unmatched.map(f), unit, digits)}`);
  };
  if (without.some((r) => r.lastSubresource > 0)) row('last subresource', (r) => r.lastSubresource, 'ms', 1);
  row('DOMContentLoaded', (r) => r.domContentLoaded, 'ms', 1);
  row('loadEventEnd', (r) => r.loadEnd, 'ms', 1);
  row('DCL → load end', (r) => r.loadEnd - r.domContentLoaded, 'ms', 1);
  row('script time', (r) => r.scriptMs, 'ms', 1);
  row('JS heap used', (r) => r.heapBytes / 1e6, 'MB', 2);
  const load = (runs: LoadRun[]) => runs.map((r) => r.loadEnd);
  ratioLine(label, load(withExt), load(without), load(control));
  const [lo, hi] = ratioInterval(load(withExt), load(unmatched));
  const same = pairedRatio(load(withExt), load(unmatched));
  console.log(`   ${label}: same browser, the page at an address no content script matches: ratio ${(median(load(withExt)) / median(load(unmatched))).toFixed(3)}× (${lo.toFixed(3)}–${hi.toFixed(3)}×), paired ${same.median.toFixed(3)}× (quartiles ${same.q1.toFixed(3)}–${same.q3.toFixed(3)})`);
  const m = (runs: LoadRun[], f: (r: LoadRun) => number) => median(runs.map(f));
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
  console.log(`   Load time = navigation start → loadEventEnd (Navigation Timing, read in the page). ${loads} rounds after one warm-up round;`);
  console.log('   each round loads the page once in each of three browsers of the same build, in rotating order, each load in a new tab:');
  console.log("   WITH the extension (demo data, the pull request linked, overlay painted), WITHOUT it, a CONTROL without it (A/A), and");
  console.log(`   the extension's own browser at ${UNMATCHED}, which no content script matches (same browser, no injection).`);
  console.log('   Script time: Performance.getMetrics ScriptDuration (thread time; all worlds of the tab, from before navigation to after');
  console.log('   the overlay painted). Heap: JSHeapUsedSize after HeapProfiler.collectGarbage: the whole V8 isolate of the tab, so it');
  console.log('   includes the content script\'s isolated world and the Preact it carries.');
  const ext = await benchExtension(demo);
  const plain = await launchPlain();
  const control = await launchPlain();
  try {
    await ext.send({ type: 'link.add', targetType: 'keyResult', id: kr, link: { key: page.entity.key, url: page.url, title: page.title } });
    await ext.closeLoader();
    await routeHostPages(plain.context);
    await routeHostPages(control.context);
    await ext.context.route(UNMATCHED, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(fixtureFile(PULL), 'utf8') }));
    const arms = [
      { name: 'the extension', context: ext.context, overlay: true }, { name: 'plain', context: plain.context, overlay: false },
      { name: 'control', context: control.context, overlay: false }, { name: 'unmatched', context: ext.context, overlay: false, url: UNMATCHED },
    ];
    console.log(`\n   4a BARE page (${page.fixture}, no subresources)`);
    const bare = await roundRobinLoads(arms, page.url, loads);
    report(bare, '4a BARE');

    // Routes added last win: the second route on the extension's browser serves its assets for both of its arms.
    const counters = await Promise.all([plain, control].map((b) => routeRealisticPage(b.context, page.url)));
    await routeRealisticPage(ext.context, page.url);
    counters.push(await routeRealisticPage(ext.context, UNMATCHED));
    console.log(`\n   4b REALISTIC page (${REALISTIC_PAGE}, ${REALISTIC_ASSETS.length} routed subresources)`);
    const real = await roundRobinLoads(arms, page.url, loads);
    report(real, '4b REALISTIC');
    const served = counters.reduce((n, c) => n + c.served(), 0);
    const expected = arms.length * (loads + 1) * REALISTIC_ASSETS.length;
    console.log(`   (subresources served by the routes: ${served} of ${expected} expected for ${arms.length * (loads + 1)} loads${served === expected ? ': none came from a cache' : ': WARNING, some came from a cache or were not requested'})`);
  } finally {
    await control.close();
    await plain.close();
    await ext.close();
  }
}
