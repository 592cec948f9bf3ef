#!/usr/bin/env node
// The home page's first paint of the OKR tree in Chromium, from navigation start, with the demo
// company and with a generated workspace of 5,000 key results. Prints what it measured; not a
// test, and not part of `npm test`. Run after `npm run build:extension`:
//   node test/bench/home-paint-bench.ts
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { bundleText, toBundle } from '../../core/bundle/bundle-format.ts';
import { launchExtension } from '../e2e/launch-extension.ts';
import { generated, WATCH } from './paint-fixtures.ts';
import { workerControl } from './overlay/worker-control.ts';

const NOW = new Date('2026-11-20T17:00:00Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// HOME_BENCH_TABS=fresh: each load in a new tab, the last one closed first (by default one tab
// goes to about:blank and back, and may still be tearing down the last load's big page).
const FRESH_TABS = process.env.HOME_BENCH_TABS === 'fresh';
// Loads with the service worker stopped first (as after 30 s idle): it starts, opens the database and reads everything.
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
// HOME_BENCH_SETTLE=gc: before each load, leave the last one and collect the garbage of the
// extension's renderer (its pages share one main thread and one V8 heap). A diagnosis: it shows
// how much of a load is the last big page still being torn down.
const SETTLE = process.env.HOME_BENCH_SETTLE === 'gc';

type Marks = { firstPaint: number; firstFrameStamp: number; inDom: number; fullPaint: number; nav: { responseEnd: number; domInteractive: number }; named: Record<string, number> };

async function paint(page: Page, url: string, until: 'firstPaint' | 'fullPaint' = 'fullPaint'): Promise<Marks> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction((mark) => (globalThis as { __tree?: Partial<Marks> }).__tree?.[mark] !== undefined, until, { timeout: 120_000 });
  return page.evaluate(() => ({
    ...(globalThis as unknown as { __tree: Marks }).__tree,
    // The page's own marks (extension/home/home-state.ts), first of each name.
    nav: (({ responseEnd, domInteractive }) => ({ responseEnd, domInteractive }))(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming),
    named: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('okr-lens:')).reverse().map((m) => [m.name.slice(9), m.startTime])),
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const stats = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
type Sender = { okrLensE2e: { send: (r: unknown) => Promise<{ ok: boolean; value?: unknown }> } };

const harness = (await build({ entryPoints: ['test/e2e/message-client-harness.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' })).outputFiles[0]!.text;
// HOME_BENCH_BASELINE=<another build's .output/chrome-mv3>: the same loads alternate between the
// two builds, each in its own browser, so both see the same machine (its load varies by minutes).
const builds: [string, string | undefined][] = [['this build', undefined], ...(process.env.HOME_BENCH_BASELINE ? [['baseline', process.env.HOME_BENCH_BASELINE] satisfies [string, string]] : [])];
const browsers = await Promise.all(builds.map(async ([label, dir]) => {
  const ext = await launchExtension(dir);
  const loader = await ext.context.newPage();
  await loader.goto(`chrome-extension://${ext.extensionId}/home.html`);
  await loader.evaluate(harness);
  // No fake clock here: Playwright's clock would also drive the frame timestamps being measured.
  const control = await ext.context.newPage();
  await control.goto('about:blank');
  const heap = await ext.context.newCDPSession(loader);
  return { label, ext, loader, heap, worker: await workerControl(ext.context, ext.extensionId, control), url: `chrome-extension://${ext.extensionId}/home.html#/okrs?period=2026-q4` };
}));
try {
  const cases: [string, string][] = [
    ['demo company (27 KRs in Q4, 150 check-ins)', readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8')],
    ['generated: 1,000 objectives, 5,000 KRs, 10,000 check-ins', bundleText(toBundle(generated(1000), NOW.toISOString(), 'bench'))],
  ];
  for (const [label, text] of cases) {
    const pages = [];
    for (const b of browsers) {
      const imported = await b.loader.evaluate((t) => (globalThis as unknown as Sender).okrLensE2e.send({ type: 'bundle.import', text: t, fileName: 'bench.okr.json' }), text);
      if (!imported.ok) throw new Error(`bench: import failed: ${JSON.stringify(imported)}`);
      // "Who are you?" would stand in front of the tree: say who we are first (the demo's Maya, the bench's first person).
      await b.loader.evaluate((id) => (globalThis as unknown as Sender).okrLensE2e.send({ type: 'me.set', personId: id }), text.includes('"maya"') ? 'maya' : 'p0');
      const page = await b.ext.context.newPage();
      await page.addInitScript(WATCH);
      await paint(page, b.url); // warm-up: the service worker and the database are open after it
      pages.push({ ...b, page, samples: [] as Marks[], cold: [] as Marks[] });
    }
    for (let i = 0; i < RUNS; i++) {
      for (const p of i % 2 ? [...pages].reverse() : pages) {
        if (SETTLE) {
          await p.page.goto('about:blank');
          await p.heap.send('HeapProfiler.collectGarbage');
        }
        if (FRESH_TABS) {
          await p.page.close();
          p.page = await p.ext.context.newPage();
          await p.page.addInitScript(WATCH);
        }
        p.samples.push(await paint(p.page, p.url));
      }
    }
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const p of i % 2 ? [...pages].reverse() : pages) {
        await p.page.goto('about:blank');
        await p.worker.stop();
        p.cold.push(await paint(p.page, p.url));
      }
    }
    console.log(`${label} (bundle ${(text.length / 1e6).toFixed(2)} MB), ${RUNS} loads${pages.length > 1 ? ' per build, alternating' : ''}${FRESH_TABS ? ', each in a new tab' : ''}${SETTLE ? ', garbage collected before each' : ''}:`);
    for (const { label: build, samples, cold } of pages) {
      const named = (name: string) => samples.flatMap((m) => (m.named[name] === undefined ? [] : [m.named[name]!]));
      console.log(` ${build}:`);
      console.log(`  first paint of the tree  ${stats(samples.map((m) => m.firstPaint))} (each: ${samples.map((m) => m.firstPaint.toFixed(0)).join(', ')})`);
      console.log(`  (first objective in the DOM ${stats(samples.map((m) => m.inDom))}; the frame's own timestamp, reported before 2026-11-23: ${stats(samples.map((m) => m.firstFrameStamp))})`);
      console.log(`  whole tree painted       ${stats(samples.map((m) => m.fullPaint))}`);
      if (cold.length > 0) console.log(`  service worker stopped before the load (${cold.length} loads): first paint ${stats(cold.map((m) => m.firstPaint))}, whole tree ${stats(cold.map((m) => m.fullPaint))}`);
      console.log(`  navigation: response end ${stats(samples.map((m) => m.nav.responseEnd))}, DOM interactive ${stats(samples.map((m) => m.nav.domInteractive))}`);
      for (const name of ['first-screen-asked', 'first-screen-answered', 'workspace-asked', 'workspace-answered']) {
        if (named(name).length > 0) console.log(`  mark ${name.padEnd(22)} ${stats(named(name))}`);
      }
    }
    // What crosses the message channel: the first screen's answer, then the whole workspace as text.
    const sizes = await browsers[0]!.loader.evaluate(async (query) => {
      const { send } = (globalThis as unknown as Sender).okrLensE2e;
      const first = await send({ type: 'home.firstScreen', query, now: new Date().toISOString() });
      const whole = await send({ type: 'workspace.json' });
      return { first: JSON.stringify(first.value).length, whole: typeof whole.value === 'string' ? whole.value.length : 0 };
    }, 'period=2026-q4');
    console.log(`  message sizes (this build): first screen ${(sizes.first / 1e3).toFixed(1)} kB, whole workspace ${(sizes.whole / 1e6).toFixed(2)} MB (JSON characters)`);
    for (const p of pages) await p.page.close();
  }
} finally {
  await Promise.all(browsers.map((b) => b.ext.close()));
}
