import { chromium } from 'playwright-core';
import { serveDir } from './test/site/present-server.ts';
const srv = await serveDir('/work/wt-present/dist/site');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 }, colorScheme: scheme });
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  for (const n of (process.argv[2] ?? '4').split(',')) {
    await page.goto(`${srv.origin}/present/2026-q4/#/${n}`);
    await page.locator('.slide.current').waitFor();
    await page.screenshot({ animations: 'disabled', path: `/tmp/present-shots/${scheme}-${n}.png` });
  }
  await page.close();
}
await browser.close(); await srv.close();
