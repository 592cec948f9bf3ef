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

const NOW = new Date('2026-11-20T17:00:00Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAIRS = 5;

type Rows = { key: string; value: unknown }[];
// Run in the extension's page (so self-contained): removes the workspace snapshots from `meta`,
// or puts them back, so a load takes the message path (core/store/workspace-snapshot.ts).
const takeSnapshots = () => new Promise<Rows>((ok, fail) => {
  const open = indexedDB.open('okr-lens');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const meta = open.result.transaction('meta', 'readwrite').objectStore('meta');
    open.result.close();
    const range = IDBKeyRange.bound('snapshot:', 'snapshot:\uffff');
    const rows = meta.getAll(range);
    rows.onsuccess = () => void meta.delete(range);
    meta.transaction.oncomplete = () => ok(rows.result as Rows);
  };
});
const putSnapshots = (rows: Rows) => new Promise<void>((ok, fail) => {
  const open = indexedDB.open('okr-lens');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const meta = open.result.transaction('meta', 'readwrite').objectStore('meta');
    open.result.close();
    for (const row of rows) meta.put(row);
    meta.transaction.oncomplete = () => ok();
  };
});

type Marks = { firstPaint: number; firstFrameStamp: number; inDom: number; fullPaint: number };

async function paint(page: Page, url: string, until: 'firstPaint' | 'fullPaint' = 'fullPaint'): Promise<Marks> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction((mark) => (globalThis as { __tree?: Partial<Marks> }).__tree?.[mark] !== undefined, until, { timeout: 60_000 });
  return page.evaluate(() => (globalThis as unknown as { __tree: Marks }).__tree);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const harness = (await build({ entryPoints: ['test/e2e/message-client-harness.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' })).outputFiles[0]!.text;
const ext = await launchExtension();
try {
  // No fake clock here: Playwright's clock would also drive the frame timestamps being measured.
  const url = `chrome-extension://${ext.extensionId}/home.html#/okrs?period=2026-q4`;
  const loader = await ext.context.newPage();
  await loader.goto(`chrome-extension://${ext.extensionId}/home.html`);
  await loader.evaluate(harness);
  const cases: [string, string][] = [
    ['demo company (27 KRs in Q4, 150 check-ins)', readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8')],
    ['generated: 1,000 objectives, 5,000 KRs, 10,000 check-ins', bundleText(toBundle(generated(1000), NOW.toISOString(), 'bench'))],
  ];
  for (const [label, text] of cases) {
    const imported = await loader.evaluate((t) => (globalThis as unknown as { okrLensE2e: { send: (r: unknown) => Promise<{ ok: boolean }> } }).okrLensE2e.send({ type: 'bundle.import', text: t, fileName: 'bench.okr.json' }), text);
    if (!imported.ok) throw new Error(`bench: import failed: ${JSON.stringify(imported)}`);
    const page = await ext.context.newPage();
    await page.addInitScript(WATCH);
    // "Who are you?" would stand in front of the tree: say who we are first (the demo's Maya, the bench's first person).
    await loader.evaluate((id) => (globalThis as unknown as { okrLensE2e: { send: (r: unknown) => Promise<unknown> } }).okrLensE2e.send({ type: 'me.set', personId: id }), text.includes('"maya"') ? 'maya' : 'p0');
    await paint(page, url); // warm-up: the service worker and the database are open after it
    const samples: Marks[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await paint(page, url));
    const stats = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
    console.log(`${label} (bundle ${(text.length / 1e6).toFixed(2)} MB), ${RUNS} loads:`);
    console.log(`  first paint of the tree  ${stats(samples.map((m) => m.firstPaint))} (each: ${samples.map((m) => m.firstPaint.toFixed(0)).join(', ')})`);
    console.log(`  (first objective in the DOM ${stats(samples.map((m) => m.inDom))}; the frame's own timestamp, reported before 2026-11-23: ${stats(samples.map((m) => m.firstFrameStamp))})`);
    console.log(`  whole tree painted       ${stats(samples.map((m) => m.fullPaint))}`);
    // The same loads with and without the background's snapshot in the database, alternating, so
    // both see the same machine: without it the page gets the workspace over the message channel.
    const pairs: { snapshot: number; message: number }[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const snapshot = (await paint(page, url, 'firstPaint')).firstPaint;
      const kept = await loader.evaluate(takeSnapshots);
      const message = (await paint(page, url, 'firstPaint')).firstPaint;
      await loader.evaluate(putSnapshots, kept);
      pairs.push({ snapshot, message });
    }
    console.log(`  first paint, alternating: with the snapshot ${stats(pairs.map((p) => p.snapshot))}, over the message channel ${stats(pairs.map((p) => p.message))} (pairs: ${pairs.map((p) => `${p.snapshot.toFixed(0)}/${p.message.toFixed(0)}`).join(', ')})`);
    await page.close();
  }
} finally {
  await ext.close();
}
