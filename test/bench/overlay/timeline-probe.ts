#!/usr/bin/env node
// Where the content script runs in the host page's timeline (diagnostic, docs/benchmarks.md):
// DOMContentLoaded end, the overlay's start and rendered marks, loadEventStart, and the paint.
// Run after `npm run build:extension`:  node test/bench/overlay/timeline-probe.ts [loads] [realistic]
import { ENTITY_PAGES } from '../../e2e/overlay-pages.ts';
import { launchExtension } from '../../e2e/launch-extension.ts';
import { routeHostPages } from '../../e2e/overlay-pages.ts';
import { PAINT_WATCH } from './paint-watch.ts';
import { routeRealisticPage } from './realistic-assets.ts';
import { spread } from './stats.ts';

const LOADS = Number(process.argv[2] ?? 11);
const page = ENTITY_PAGES.find((p) => p.fixture === 'github/pull-conversation.html')!;
const ext = await launchExtension();
try {
  await routeHostPages(ext.context);
  if (process.argv[3] === 'realistic') await routeRealisticPage(ext.context, page.url);
  const rows: Record<string, number>[] = [];
  for (let i = 0; i <= LOADS; i++) {
    const tab = await ext.context.newPage();
    await tab.addInitScript(PAINT_WATCH);
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.waitForFunction(() => (globalThis as { __okrLensPaint?: { painted?: number } }).__okrLensPaint?.painted !== undefined, undefined, { timeout: 60_000 });
    const row = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mark = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const w = (globalThis as unknown as { __okrLensPaint: { painted: number } }).__okrLensPaint;
      return { dclEnd: nav.domContentLoadedEventEnd, start: mark('okr-lens:start'), rendered: mark('okr-lens:rendered'), loadStart: nav.loadEventStart, loadEnd: nav.loadEventEnd, painted: w.painted };
    });
    await tab.close();
    if (i > 0) rows.push(row);
  }
  for (const k of Object.keys(rows[0]!)) console.log(`${k.padEnd(10)} ${spread(rows.map((r) => r[k]!))}`);
  console.log(`start − dclEnd  ${spread(rows.map((r) => r.start! - r.dclEnd!))}`);
  console.log(`loadStart − dclEnd  ${spread(rows.map((r) => r.loadStart! - r.dclEnd!))}`);
  console.log(`painted − start  ${spread(rows.map((r) => r.painted! - r.start!))}`);
} finally {
  await ext.close();
}
