#!/usr/bin/env node
// `npm run bench`: `store.write` of about 10,000 records (an import's: people, periods, objectives,
// key results, check-ins) in Chromium, against a bare one-transaction put of the same records into
// a database with the same stores and indexes, alternating in one browser. Prints; no verdict.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { emptyWorkspace } from '../../core/files/load-data-dir.ts';
import { importFiles } from '../../core/import/import-files.ts';
import { krRowsCsv } from '../../fixtures/csv/generate-large.ts';

const NOW = '2026-11-20T20:00:00.000Z';
const ROWS = 4_440; // about 10,000 records
const PAIRS = Number(process.env.BENCH_RUNS ?? 5);
type Durability = 'strict' | 'relaxed';
type Bench = { bare: (b: unknown, d: Durability) => Promise<number>; ours: (b: unknown, d: Durability, again: boolean) => Promise<number> };

const plan = importFiles([{ name: 'bench.csv', text: krRowsCsv(ROWS) }], emptyWorkspace('bench', NOW), { now: NOW });
if (!plan.ok) throw new Error(`store-write bench: import failed: ${plan.problems[0]?.message}`);
const batch = plan.batch;
const sizes = Object.entries(batch).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${(v as unknown[]).length.toLocaleString('en-US')} ${k}`);
const records = Object.values(batch).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);

const harness = (await build({ entryPoints: ['test/bench/store-write-harness.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' })).outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const page = await browser.newPage();
  // IndexedDB needs a real origin: serve an empty page at one.
  await page.route('http://bench.test/**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>store-write bench</title>' }));
  await page.goto('http://bench.test/');
  await page.evaluate(harness);
  await page.evaluate((b) => ((globalThis as unknown as { batch: unknown }).batch = b), batch);
  console.log(`store.write: ${records.toLocaleString('en-US')} records (${sizes.join(', ')}; ${(JSON.stringify(batch).length / 1e6).toFixed(1)} MB as JSON), from ${ROWS.toLocaleString('en-US')} sheet rows; ${PAIRS} alternating pairs after a warm-up pair.`);
  for (const [label, durability, again] of [['new records, relaxed (store.write\'s default)', 'relaxed', false], ['new records, strict (an import)', 'strict', false], ['updating the same records (check-ins left out: they are append-only), relaxed', 'relaxed', true]] as const) {
    const pair = () => page.evaluate(async ([d, a]) => {
      const g = globalThis as unknown as { storeWriteBench: Bench; batch: unknown };
      const b = a ? { ...(g.batch as object), checkIns: [] } : g.batch;
      const bare = await g.storeWriteBench.bare(b, d);
      const ours = await g.storeWriteBench.ours(b, d, a);
      return { bare, ours };
    }, [durability, again] as const);
    await pair();
    const pairs = [];
    for (let i = 0; i < PAIRS; i++) pairs.push(await pair());
    const ratios = pairs.map((p) => p.ours / p.bare);
    console.log(`  ${label}: store.write ${median(pairs.map((p) => p.ours)).toFixed(0)} ms, bare put ${median(pairs.map((p) => p.bare)).toFixed(0)} ms, ratio ${median(ratios).toFixed(2)}× (target ≤ 1.2×; pairs: ${pairs.map((p) => `${p.ours.toFixed(0)}/${p.bare.toFixed(0)}`).join(', ')}; ratios ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
  }
} finally {
  await browser.close();
}
