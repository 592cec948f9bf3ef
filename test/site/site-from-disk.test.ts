import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../core/cli/okr.ts';
import { launchBrowser } from './launch-browser.ts';
import { serveStatic } from './static-server.ts';

// The built demo site (npm run test:site-build) opened straight from the folder, as someone who
// downloaded it or got it from a pipeline would: file:// URLs, no server.
const DIST = pathToFileURL(resolve('dist/site')).href;
const WAIT = 60_000;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page & { errors: string[] }> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'light' });
  context.setDefaultTimeout(WAIT);
  const page = Object.assign(await context.newPage(), { errors: [] as string[] });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && page.errors.push(m.text())));
  // Anything the page asks for that is not on disk fails the test (a root-absolute URL would).
  page.on('requestfailed', (r) => page.errors.push(`failed: ${r.url()}`));
  await page.goto(`${DIST}/${path}`);
  return page;
}

const chartsDrawn = (page: Page) => page.waitForFunction(() => Number(document.documentElement.dataset.chartsDrawn) > 0);
const visibleObjectives = (page: Page) => page.locator('article.objective:not([hidden]):not(.context)').count();

describe('the built site opened from disk (file://)', () => {
  it('styles the overview, draws its chart, filters rows into the URL, and links to team and objective pages', async () => {
    const page = await open('index.html');
    try {
      // Styled: the header is a flex row from base.css, not the browser's block default.
      expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
      await page.getByRole('link', { name: '2026 Q4' }).click();
      await page.waitForURL(/\/period\/2026-q4\/index\.html$/);
      expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
      // Progress bars take their width from percent.css (a class, no style attribute).
      const bar = page.locator('article.objective .progress').first();
      const share = Number(await bar.getAttribute('aria-valuenow')) / 100;
      const [fill, track] = await Promise.all([bar.locator('.progress-fill').evaluate((e) => e.getBoundingClientRect().width), bar.evaluate((e) => e.getBoundingClientRect().width)]);
      expect(share).toBeGreaterThan(0);
      expect(Math.abs(fill / track - share)).toBeLessThan(0.02);
      await chartsDrawn(page);
      const canvas = page.locator('canvas').first();
      expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0))).toBe(true);

      const all = await visibleObjectives(page);
      expect(all).toBeGreaterThan(1);
      await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Platform' });
      await page.waitForURL(/index\.html\?team=platform$/);
      await expect.poll(() => visibleObjectives(page)).toBeLessThan(all);
      const rows = await page.locator('table.kr-summary tbody tr:not([hidden])').count();
      expect(rows).toBe(await page.locator('article.objective:not([hidden]):not(.context) .krs li:not([hidden])').count());

      await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Growth' }).click();
      await page.waitForURL(/\/period\/2026-q4\/team\/growth\/index\.html$/);
      await page.getByRole('heading', { level: 1, name: /Growth/ }).waitFor();
      const objective = page.locator('article.objective h2 a').first();
      const title = await objective.textContent();
      await objective.click();
      await page.waitForURL(/\/objective\/[^/]+\/index\.html$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      await chartsDrawn(page);
      expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      expect(page.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moves the deck with keys and keeps a presenter window in step', async () => {
    const page = await open('present/2026-q4/index.html#/2');
    try {
      const at = (p: Page, n: number) => expect.poll(() => p.locator('main.deck > section.slide.current').getAttribute('data-slide'), { timeout: WAIT }).toBe(String(n));
      await at(page, 2);
      await page.keyboard.press('ArrowRight');
      await at(page, 3);
      expect(new URL(page.url()).hash).toBe('#/3');
      const popup = context.waitForEvent('page');
      await page.keyboard.press('p');
      const presenter = await popup;
      await presenter.locator('.presenter-panel').waitFor();
      await at(presenter, 3);
      await page.keyboard.press('ArrowRight');
      await at(presenter, 4);
      await presenter.keyboard.press('End');
      await at(page, Number(await page.locator('main.deck').getAttribute('data-total')));
      // Chromium delivers BroadcastChannel messages between file:// pages (origin "file://").
      expect(await presenter.evaluate(() => typeof BroadcastChannel)).toBe('function');
      expect(await presenter.locator('[data-role=sync]').textContent()).toBe('');
      expect(page.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the presenter in step through storage events from disk where BroadcastChannel is missing', async () => {
    const page = await open('present/2026-q4/index.html#/2');
    try {
      await context.addInitScript(() => { Reflect.deleteProperty(window, 'BroadcastChannel'); });
      await page.reload();
      const at = (p: Page, n: number) => expect.poll(() => p.locator('main.deck > section.slide.current').getAttribute('data-slide'), { timeout: WAIT }).toBe(String(n));
      await at(page, 2);
      const presenter = await context.newPage();
      await presenter.goto(`${DIST}/present/2026-q4/index.html?view=presenter`);
      await at(presenter, 2);
      await page.keyboard.press('ArrowRight');
      await at(presenter, 3);
      expect(await presenter.evaluate(() => typeof (window as { BroadcastChannel?: unknown }).BroadcastChannel)).toBe('undefined');
    } finally {
      await context.close();
    }
  });
});

describe('a --base build on a static host under its sub-path', () => {
  it('styles the page, draws the chart and follows links under the base, with a strict CSP', async () => {
    const out = mkdtempSync(join(tmpdir(), 'okr-site-sub-'));
    const io = { out: () => {}, err: (l: string) => { throw new Error(l); }, now: () => new Date('2026-11-20T17:00:00Z') };
    expect(main(['site', 'fixtures/demo', '--out', out, '--base', '/okrs/acme/'], io)).toBe(0);
    const site = await serveStatic(out, '/okrs/acme/');
    try {
      const page = await (async () => {
        context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
        context.setDefaultTimeout(WAIT);
        const p = Object.assign(await context.newPage(), { errors: [] as string[] });
        p.on('pageerror', (e) => p.errors.push(String(e)));
        p.on('console', (m) => void (m.type() === 'error' && p.errors.push(m.text())));
        p.on('requestfailed', (r) => p.errors.push(`failed: ${r.url()}`));
        p.on('response', (r) => void (r.status() >= 400 && p.errors.push(`${r.status()}: ${r.url()}`)));
        return p;
      })();
      // A host serves the folder URL, as people type it.
      await page.goto(`${site.url}period/2026-q4/`);
      expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
      await chartsDrawn(page);
      await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Platform' }).click();
      await page.waitForURL(`${site.url}period/2026-q4/team/platform/index.html`);
      await page.getByRole('link', { name: 'Periods' }).click();
      await page.waitForURL(`${site.url}index.html`);
      expect(page.errors).toEqual([]);
    } finally {
      await context.close();
      await site.close();
    }
  }, 240_000);
});
