import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './launch-browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

// The built demo site (npm run test:site-build) in Chromium, served as a static host would.
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic('dist/site');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  // A context per page: axe opens its own pages in the page's context.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  // The context may already be gone when the browser closes first: its close then rejects, unheard.
  page.on('close', () => void context.close().catch(() => undefined));
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(site.url + path);
  await page.waitForFunction(() => !document.querySelector('canvas') || document.documentElement.dataset.chartsDrawn !== undefined);
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;
const visibleTitles = (page: Page) => page.locator('article.objective:not([hidden]):not(.context)').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

describe('the built site in a browser', () => {
  it('filters by team and status, keeps the filter in the URL, and opens a shared link filtered', async () => {
    const page = await open('period/2026-q4/');
    expect(errorsOf(page)).toEqual([]);
    expect(await page.locator('article.objective:not([hidden])').count()).toBe(7);
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Platform' });
    await page.waitForURL(/team=platform/);
    const platform = await visibleTitles(page);
    expect(platform).toEqual(['The platform scales to 10× today’s data without a rewrite', 'Developers integrate without talking to us', 'Every customer runs on the new query engine']);
    // The company objective stays as context so the tree keeps its shape.
    expect(await page.locator('article.objective.context:not([hidden])').count()).toBe(1);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'At risk' });
    await page.waitForURL(/status=at-risk/);
    expect(await visibleTitles(page)).toEqual(['Every customer runs on the new query engine']);
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toBe('Showing 1 of 7 objectives');
    // The table (and so the CSV) shows the same key results as the tree.
    const rows = await page.locator('table.kr-summary tbody tr:not([hidden])').count();
    expect(rows).toBe(await page.locator('article.objective:not([hidden]):not(.context) .krs li:not([hidden])').count());

    const shared = await open(`period/2026-q4/?${new URL(page.url()).searchParams}`);
    expect(await shared.getByLabel('Team', { exact: true }).inputValue()).toBe('platform');
    expect(await visibleTitles(shared)).toEqual(['Every customer runs on the new query engine']);
    await page.close();
    await shared.close();
  });

  it('searches titles, owners and tags without accents mattering, and clears', async () => {
    const page = await open('period/2026-q4/');
    await page.getByLabel('Search', { exact: true }).fill('tomas');
    await page.waitForURL(/q=tomas/);
    expect(await visibleTitles(page)).toEqual(['Self-serve signups turn into paying teams']);
    await page.getByLabel('Search', { exact: true }).fill('renewal nothing-matches-this');
    await expect.poll(() => page.locator('article.objective:not([hidden])').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('article.objective:not([hidden])').count()).toBe(7);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('downloads the filtered table as CSV', async () => {
    const page = await open('period/2026-q4/?team=success');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('2026-q4.csv');
    const csv = await new Promise<string>((ok, fail) => download.createReadStream().then((s) => { let t = ''; s.on('data', (c) => (t += c)); s.on('end', () => ok(t)); s.on('error', fail); }));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"Objective","Key result","Owners","Latest value","Progress","Status"');
    expect(lines.length - 1).toBe(await page.locator('table.kr-summary tbody tr:not([hidden])').count());
    expect(csv).toContain('Customers get answers before they have to ask twice');
    expect(csv).not.toContain('Developers integrate without talking to us');
    await page.close();
  });

  it('keeps the chosen theme across pages, set before the first paint, and redraws charts in its colours', async () => {
    const page = await open('objective/q4-scale/', { colorScheme: 'light' });
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    const drawn = await page.evaluate(() => document.documentElement.dataset.chartsDrawn);
    expect(Number(drawn)).toBeGreaterThan(0);
    const chartColour = () => page.evaluate(() => document.documentElement.dataset.chartsColour);
    expect(await chartColour()).toBe('#0072b2');
    await page.getByLabel('Theme', { exact: true }).selectOption('dark');
    expect(await bg()).not.toBe(light);
    expect(await chartColour()).toBe('#56b4e9');
    expect(await page.evaluate(() => document.documentElement.dataset.chartsDraws)).toBe('2');
    // Paper is light whatever the theme, without the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await bg()).toBe('rgb(255, 255, 255)');
    expect(await page.locator('.theme-switch').isVisible()).toBe(false);
    // Charts are drawn again before printing, for paper colours and width.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.evaluate(() => document.documentElement.dataset.chartsDraws)).toBe('3');
    await page.emulateMedia({ media: 'screen' });
    // The next page is dark from its first frame: theme-init.js runs before the body exists.
    await page.goto(`${site.url}period/2026-q4/`, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-theme="dark"]', { state: 'attached' });
    expect(await page.getByLabel('Theme', { exact: true }).inputValue()).toBe('dark');
    await page.getByLabel('Theme', { exact: true }).selectOption('auto');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await bg()).toBe(light);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  const PAGE_TYPES = ['', 'period/2026-q4/', 'period/2026-q3/', 'objective/q4-scale/', 'period/2026-q4/team/platform/', 'period/2026-q4/person/lena/', 'period/2026-q4/alignment/'];
  it.each(['light', 'dark'] as const)('has no axe violations on any page type in the %s theme', async (colorScheme) => {
    const paths = PAGE_TYPES;
    {
      for (const path of paths) {
        const page = await open(path, { colorScheme });
        // Open the disclosures so their tables and notes are checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${colorScheme} /${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
        expect(errorsOf(page)).toEqual([]);
        await page.close();
      }
    }
  }, 400_000);
});
