// Screenshots of the built demo site for docs/screenshots (run after `npm run test:site-build`):
// node_modules/.bin/node test/site/take-screenshots.ts
import { launchBrowser } from './launch-browser.ts';
import { serveStatic } from './static-server.ts';

const PAGES = { overview: 'period/2026-q4/', objective: 'objective/q4-scale/' } as const;

const site = await serveStatic('dist/site');
const browser = await launchBrowser();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(site.url + path);
      await page.waitForFunction(() => document.documentElement.dataset.chartsDrawn !== undefined, null, { timeout: 60_000 });
      await page.screenshot({ path: `docs/screenshots/site-${name}-${colorScheme}.png` });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
