import { writeFileSync } from 'node:fs';
import { ENTITY_PAGES, routeHostPages } from '../../e2e/overlay-pages.ts';
import { launchExtension } from '../../e2e/launch-extension.ts';

const page = ENTITY_PAGES.find((p) => p.fixture === 'github/pull-conversation.html')!;
const ext = await launchExtension();
try {
  await routeHostPages(ext.context);
  for (let i = 0; i < Number(process.argv[2] ?? 3); i++) {
    const tab = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(tab);
    const events: any[] = [];
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,blink,loading,extensions,toplevel,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await done;
    const nav = await tab.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { dcl: n.domContentLoadedEventEnd, load: n.loadEventStart, origin: performance.timeOrigin }; });
    writeFileSync(`/tmp/olprobe/trace${i}.json`, JSON.stringify({ nav, events }));
    await tab.close();
  }
} finally { await ext.close(); }
