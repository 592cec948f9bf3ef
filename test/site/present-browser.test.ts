import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from './present-server.ts';

// The built presentation (`npm run test:site-build` first) in Debian's Chromium, served over HTTP.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = 60_000;
const DECK = '/present/2026-q4/';
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  site = await serveDir('dist/site');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], timeout: 180_000 });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(hash = '', options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', ...options });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  await page.goto(`${site.origin}${DECK}${hash}`);
  await page.locator('main.deck > section.slide.current').waitFor();
  return { context, page };
}

const current = (page: Page) => page.locator('main.deck > section.slide.current').getAttribute('data-slide');
const atSlide = (page: Page, n: number) => expect.poll(() => current(page), { timeout: WAIT }).toBe(String(n));

describe('presentation in Chromium', () => {
  it('moves with the arrow, space, page, Home/End and G-number keys, and announces each slide', async () => {
    const { context, page } = await open();
    try {
      const total = Number(await page.locator('main.deck').getAttribute('data-total'));
      expect(total).toBe(10);
      await atSlide(page, 1);
      const steps: [string, number][] = [['ArrowRight', 2], ['Space', 3], ['Shift+Space', 2], ['PageDown', 3], ['PageUp', 2], ['ArrowLeft', 1], ['ArrowLeft', 1], ['End', total], ['ArrowRight', total], ['Home', 1]];
      for (const [key, n] of steps) {
        await page.keyboard.press(key);
        await atSlide(page, n);
      }
      await page.keyboard.press('g');
      await page.keyboard.press('4');
      await expect.poll(() => page.locator('[data-role=goto]').textContent()).toBe('Go to slide: 4');
      await page.keyboard.press('Enter');
      await atSlide(page, 4);
      await expect.poll(() => page.locator('[data-role=goto]').isHidden()).toBe(true);
      const title = await page.locator('main.deck > section.slide.current').getAttribute('data-title');
      expect(await page.locator('[aria-live=polite]').textContent()).toBe(`Slide 4 of ${total}: ${title}`);
      expect(new URL(page.url()).hash).toBe('#/4');
      // Only the current slide is on screen.
      expect(await page.locator('main.deck > section.slide:visible').count()).toBe(1);
      // F toggles full screen through the Fullscreen API.
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
      await page.keyboard.press('F');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
      // The buttons do the same for a mouse.
      await page.getByRole('button', { name: 'Next' }).click();
      await atSlide(page, 5);
    } finally {
      await context.close();
    }
  });

  it('opens a slide from its URL and follows hash changes', async () => {
    const { context, page } = await open('#/6');
    try {
      await atSlide(page, 6);
      await expect.poll(() => page.locator('main.deck > section.slide.current h2').isVisible()).toBe(true);
      await page.evaluate(() => { location.hash = '#/9'; });
      await atSlide(page, 9);
      // Under reduced motion the slide change does not animate.
      expect(await page.locator('main.deck > section.slide.current').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      expect(await page.locator('main.deck > section.slide.current').evaluate((el) => getComputedStyle(el).animationName)).toBe('slide-in');
      await page.goto(`${site.origin}${DECK}#/99`);
      await page.reload();
      await atSlide(page, 10);
    } finally {
      await context.close();
    }
  });

  it('shows every slide in the overview (O); Enter opens one, Escape closes it', async () => {
    const { context, page } = await open('#/3');
    try {
      const dialog = page.locator('dialog.overview');
      await page.keyboard.press('o');
      await dialog.waitFor();
      const items = dialog.locator('button[data-goto]');
      expect(await items.count()).toBe(10);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-goto'))).toBe('3');
      expect(await items.nth(2).getAttribute('aria-current')).toBe('true');
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await atSlide(page, 5);
      await page.keyboard.press('O');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await atSlide(page, 5);
      // Keys move the deck again once the overview is closed; a click on a thumbnail opens it.
      await page.keyboard.press('ArrowRight');
      await atSlide(page, 6);
      await page.keyboard.press('o');
      await items.nth(7).click();
      await atSlide(page, 8);
    } finally {
      await context.close();
    }
  });

  it('keeps a presenter window in step: notes, the next slide and a timer', async () => {
    const { context, page } = await open('#/3');
    try {
      const popup = context.waitForEvent('page');
      await page.keyboard.press('p');
      const presenter = await popup;
      await presenter.locator('.presenter-panel').waitFor();
      expect(new URL(presenter.url()).search).toBe('?view=presenter');
      await atSlide(presenter, 3);
      const titleOf = (n: number) => page.locator(`main.deck > section[data-slide="${n}"]`).getAttribute('data-title');
      await expect.poll(() => presenter.locator('[data-role=next-label]').textContent()).toBe(`4. ${await titleOf(4)}`);
      const notesOf3 = await page.locator('section[data-slide="3"] .speaker-notes li').first().textContent();
      expect(await presenter.locator('.presenter-notes li').first().textContent()).toBe(notesOf3);

      await page.keyboard.press('ArrowRight');
      await atSlide(presenter, 4);
      await expect.poll(() => presenter.locator('[data-role=next-label]').textContent()).toBe(`5. ${await titleOf(5)}`);
      // The presenter can drive the room too.
      await presenter.keyboard.press('End');
      await atSlide(page, 10);
      await expect.poll(() => presenter.locator('[data-role=next-label]').textContent()).toBe('End of the deck');

      const time = presenter.locator('.timer-time');
      await presenter.getByRole('button', { name: 'Start' }).click();
      await expect.poll(() => time.textContent(), { timeout: WAIT }).not.toBe('0:00');
      await presenter.getByRole('button', { name: 'Pause' }).click();
      await presenter.getByRole('button', { name: 'Resume' }).waitFor();
      await presenter.getByRole('button', { name: 'Reset' }).click();
      await expect.poll(() => time.textContent()).toBe('0:00');

      const axe = await new AxeBuilder({ page: presenter }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('syncs through storage events where BroadcastChannel is missing, and a presenter opened by link asks where the room is', async () => {
    const { context, page } = await open('#/2');
    try {
      await context.addInitScript(() => { Reflect.deleteProperty(window, 'BroadcastChannel'); });
      await page.reload();
      await atSlide(page, 2);
      const presenter = await context.newPage();
      await presenter.goto(`${site.origin}${DECK}?view=presenter`);
      await atSlide(presenter, 2);
      await page.keyboard.press('ArrowRight');
      await atSlide(presenter, 3);
      expect(await presenter.evaluate(() => typeof (window as { BroadcastChannel?: unknown }).BroadcastChannel)).toBe('undefined');
    } finally {
      await context.close();
    }
  });

  it('prints one slide per 16:9 landscape page', async () => {
    const { context, page } = await open('#/4');
    try {
      for (const period of ['2026-q4', '2026-q3']) {
        await page.goto(`${site.origin}/present/${period}/#/4`);
        await page.locator('main.deck > section.slide.current').waitFor();
        const slides = await page.locator('main.deck > section.slide').count();
        const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length, period).toBe(slides);
        // 13.333 × 7.5 inches, in points.
        expect(pdf).toMatch(/\/MediaBox \[0 0 959\.9\d* 540\]|\/MediaBox \[0 0 960 540\]/);
      }
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe on an objective slide in the ${colorScheme} theme (screenshot in docs/)`, async () => {
      const { context, page } = await open('#/4', { colorScheme });
      try {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.screenshot({ path: `docs/screenshots/present-slide-${colorScheme}.png`, animations: 'disabled' });
      } finally {
        await context.close();
      }
    });
  }
});
