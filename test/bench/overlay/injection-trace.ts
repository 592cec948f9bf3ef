#!/usr/bin/env node
// What the content script costs the host page's main thread between DOMContentLoaded and load
// (diagnostic for docs/benchmarks.md, not a test): traces loads of the bare pull request fixture
// with the built extension and sums the renderer main thread's CPU time (trace `tdur`, so other
// work on the machine inflates it less than wall time) per event. Run after `npm run build:extension`:
//   node test/bench/overlay/injection-trace.ts [loads] [unmatched]
// With `unmatched`, the same page at an address no content script matches (the baseline).
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { launchExtension } from '../../e2e/launch-extension.ts';
import { ENTITY_PAGES, routeHostPages } from '../../e2e/overlay-pages.ts';
import { PAINT_WATCH } from './paint-watch.ts';
import { median } from './stats.ts';

type TraceEvent = { name: string; pid: number; tid: number; ph: string; ts: number; dur?: number; tdur?: number; args?: { data?: { url?: string } } };
const LOADS = Number(process.argv[2] ?? 9);
const CATEGORIES = 'devtools.timeline,v8,v8.execute,blink,loading,extensions,toplevel,disabled-by-default-devtools.timeline';
// Summed over the main thread's events that start between DOMContentLoaded and the load event.
const FIGURES = {
  RunTask: 'all tasks (main-thread CPU)',
  'ScriptInjection::InjectJs': 'isolated world and bindings',
  EvaluateScript: 'content script evaluated',
  'v8.compile': 'of which compile',
  'DOMWindow::DoPostMessage': "of which WXT's started message",
  'WebFrameWidgetImpl::UpdateLifecycle': 'page frames (style, layout, paint)',
} as const;

async function trace(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value.map((v) => v satisfies object as unknown as TraceEvent)));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await load();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const page = ENTITY_PAGES.find((p) => p.fixture === 'github/pull-conversation.html')!;
const UNMATCHED = process.argv[3] === 'unmatched' ? 'https://unmatched.example/acme/api/pull/7' : undefined;
const url = UNMATCHED ?? page.url;
const ext = await launchExtension();
const rows: Record<string, number>[] = [];
try {
  await routeHostPages(ext.context);
  if (UNMATCHED) await ext.context.route(UNMATCHED, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(`fixtures/pages/${page.fixture}`, 'utf8') }));
  for (let i = 0; i <= LOADS; i++) {
    const tab = await ext.context.newPage();
    await tab.addInitScript(PAINT_WATCH);
    const cdp = await ext.context.newCDPSession(tab);
    const events = await trace(cdp, async () => {
      await tab.goto(url, { waitUntil: 'load' });
      if (!UNMATCHED) await tab.waitForFunction(() => (globalThis as { __okrLensPaint?: { painted?: number } }).__okrLensPaint?.painted !== undefined, undefined, { timeout: 60_000 });
    });
    const gap = await tab.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return n.loadEventEnd - n.domContentLoadedEventEnd; });
    await tab.close();
    const dcl = events.findLast((e) => e.name === 'MarkDOMContent');
    const load = events.findLast((e) => e.name === 'MarkLoad');
    if (!dcl || !load) throw new Error('injection-trace: no MarkDOMContent or MarkLoad event in the trace');
    // Playwright's own evaluations are EvaluateScript events too: count only the content script's.
    const ours = (e: TraceEvent) => e.name !== 'EvaluateScript' || (e.args?.data?.url ?? '').includes('/content-scripts/');
    const main = events.filter((e) => e.pid === dcl.pid && e.tid === dcl.tid && e.ph === 'X' && e.ts >= dcl.ts && e.ts <= load.ts && ours(e));
    const cpu = (name: string) => main.filter((e) => e.name === name).reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
    if (i > 0) rows.push({ gap, ...Object.fromEntries(Object.keys(FIGURES).map((k) => [k, cpu(k)])) });
  }
} finally {
  await ext.close();
}
const show = (k: string) => `median ${median(rows.map((r) => r[k]!)).toFixed(1)} ms (${Math.min(...rows.map((r) => r[k]!)).toFixed(1)}–${Math.max(...rows.map((r) => r[k]!)).toFixed(1)})`;
console.log(`${LOADS} traced loads of ${url} after one warm-up; main-thread CPU time of the events that start between DOMContentLoaded and load:`);
console.log(`  DOMContentLoaded end → load end (wall): ${show('gap')}`);
for (const [k, label] of Object.entries(FIGURES)) console.log(`  ${label.padEnd(48)} ${show(k)}`);
