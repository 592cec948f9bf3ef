#!/usr/bin/env node
// The home page's first paint of the OKR tree in Chromium, from navigation start, with the demo
// company and with a generated workspace of 5,000 key results. Prints what it measured; not a
// test, and not part of `npm test`. Run after `npm run build:extension`:
//   node test/bench/home-paint-bench.ts
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { bundleText, toBundle } from '../../core/bundle/bundle-format.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { checkIn, keyResult, objective, period, person, team, workspace } from '../builders.ts';
import { launchExtension } from '../e2e/launch-extension.ts';

const NOW = new Date('2026-11-20T17:00:00Z');
const RUNS = 7;

/** `objectives` objectives of 5 key results each, one in ten a root with the others aligned under it, two check-ins per key result. */
function generated(objectives: number): Workspace {
  const people = Array.from({ length: 50 }, (_, i) => person({ id: `p${i}`, name: `Person ${i}` }));
  const teams = Array.from({ length: 10 }, (_, i) => team({ id: `t${i}`, name: `Team ${i}`, memberIds: people.slice(i * 5, i * 5 + 5).map((p) => p.id) }));
  const objs = Array.from({ length: objectives }, (_, i) => objective({
    id: `o${i}`, title: `Objective ${i}: customers succeed faster`, ownerIds: [`p${i % 50}`], teamIds: [`t${i % 10}`], tags: [`tag${i % 7}`],
    parentIds: i % 10 === 0 ? [] : [`o${i - (i % 10)}`],
  }));
  const krs = objs.flatMap((o, i) => Array.from({ length: 5 }, (_, k) => keyResult({
    id: `${o.id}-k${k}`, objectiveId: o.id, title: `Raise metric ${k} of objective ${i} from 10 to 50`, ownerIds: [`p${(i + k) % 50}`], start: 10, target: 50,
  })));
  const checkIns = krs.flatMap((k, i) => [
    checkIn({ id: `${k.id}-c1`, targetId: k.id, authorId: k.ownerIds[0]!, time: '2026-10-20T15:00:00.000Z', value: 10 + (i % 20), confidence: 7 }),
    checkIn({ id: `${k.id}-c2`, targetId: k.id, authorId: k.ownerIds[0]!, time: '2026-11-17T15:00:00.000Z', value: 10 + (i % 35), note: 'Weekly check-in' }),
  ]);
  const ws = workspace({ people, teams, periods: [period()], objectives: objs, keyResults: krs, checkIns });
  ws.workspace = { ...ws.workspace, name: 'Bench Co', settings: { ...ws.workspace.settings, timeZone: 'America/New_York' } };
  return ws;
}

// Installed before the page's own scripts: the times (from navigation start) of the first frame
// after the tree's first objective is in the DOM, and of the first frame after the whole tree is
// (the tree renders a first slice, then the rest between frames, aria-busy until done).
const WATCH = `(() => {
  const marks = (globalThis.__tree = {});
  new MutationObserver((_, obs) => {
    if (!marks.first && document.querySelector('section.okr-tree article')) { marks.first = true; requestAnimationFrame((t) => { marks.firstPaint = t; }); }
    if (!marks.full && document.querySelector('section.okr-tree[aria-busy="false"]')) { marks.full = true; obs.disconnect(); requestAnimationFrame((t) => { marks.fullPaint = t; }); }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

type Marks = { firstPaint: number; fullPaint: number };

async function paint(page: Page, url: string): Promise<Marks> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as { __tree?: Partial<Marks> }).__tree?.fullPaint !== undefined, undefined, { timeout: 60_000 });
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
    console.log(`  first paint of the tree  ${stats(samples.map((m) => m.firstPaint))}`);
    console.log(`  whole tree painted       ${stats(samples.map((m) => m.fullPaint))}`);
    await page.close();
  }
} finally {
  await ext.close();
}
