import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';
import { ENTITY_PAGES, routeHostPages } from './overlay-pages.ts';

// Capture from page without a pointer (issue 8, keyboard access): arrows or Tab move through the
// numbers the page shows, Enter picks one, Escape cancels; the page's own shortcuts hear none of it.
type Reply = { ok: boolean; value?: unknown };
declare const chrome: { runtime: { sendMessage: (m: unknown) => Promise<Reply> } };

const KR = 'q4-company-kr3';
// A pull request: counters in the header and tabs, numbers in the timeline.
const PULL = ENTITY_PAGES.find((p) => p.url === 'https://github.com/acme/api/pull/7')!;

describe('capture from page by keyboard', () => {
  let ext: LaunchedExtension;
  let home: Page;
  const send = (request: unknown) => home.evaluate((r) => chrome.runtime.sendMessage({ channel: 'okr-lens', request: r }), request);

  beforeAll(async () => {
    ext = await launchExtension();
    await routeHostPages(ext.context);
    home = await ext.context.newPage();
    await home.goto(`chrome-extension://${ext.extensionId}/home.html`);
    expect((await send({ type: 'bundle.import', text: readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8'), fileName: 'acme-analytics.okr.json' })).ok).toBe(true);
    expect((await send({ type: 'me.set', personId: 'maya' })).ok).toBe(true);
    expect((await send({ type: 'link.add', targetType: 'keyResult', id: KR, link: { key: PULL.entity.key, url: PULL.url, title: PULL.title } })).ok).toBe(true);
  });
  afterAll(async () => ext?.close());

  it('moves through the numbers on the page, picks one with Enter, cancels with Escape, and saves it', async () => {
    const page = await ext.context.newPage();
    await page.goto(PULL.url);
    const region = page.getByRole('region', { name: 'OKRs' });
    const status = region.getByRole('status');
    // The page's shortcuts listen on document: count what reaches them while picking.
    await page.evaluate(() => { (globalThis as { heard?: string[] }).heard = []; document.addEventListener('keydown', (e) => (globalThis as { heard?: string[] }).heard!.push(e.key)); });
    const badge = region.getByRole('button', { name: /^OKRs for acme\/api#7/ });
    await badge.waitFor();
    await badge.focus();
    await page.keyboard.press('Enter');
    const capture = region.getByRole('button', { name: 'Capture from page' });
    await capture.waitFor();
    await capture.focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Click a number on the page, or move through its numbers' }).waitFor();

    await page.keyboard.press('ArrowDown');
    const first = status.filter({ hasText: /^Number 1 of \d+: “.+”\. Enter picks it\.$/ });
    await first.waitFor();
    const count = Number(/of (\d+)/.exec(await first.innerText())![1]);
    expect(count).toBeGreaterThan(1);
    const firstText = /“(.+)”/.exec(await first.innerText())![1]!;
    await page.screenshot({ path: 'docs/screenshots/overlay-capture-keyboard-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'docs/screenshots/overlay-capture-keyboard-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Tab');
    await status.filter({ hasText: /^Number 2 of / }).waitFor();
    await page.keyboard.press('ArrowUp');
    await first.waitFor();
    // Backwards from the first wraps to the last.
    await page.keyboard.press('Shift+Tab');
    await status.filter({ hasText: new RegExp(`^Number ${count} of ${count}:`) }).waitFor();
    // The box frames the number the keyboard is on.
    expect(await page.locator('[data-okr-lens] .pick-box').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await status.filter({ hasText: 'Capture cancelled.' }).waitFor();

    const again = region.getByRole('button', { name: 'Pick a number' });
    await again.focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Click a number on the page' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await first.waitFor();
    await page.keyboard.press('Enter');
    await region.getByText(`from “${firstText}”`).waitFor();
    expect(await page.evaluate(() => (globalThis as { heard?: string[] }).heard)).toEqual([]);

    const select = region.getByRole('combobox', { name: 'Key result' });
    await select.focus();
    await select.selectOption(KR);
    await region.getByRole('button', { name: 'Save data link only' }).focus();
    await page.keyboard.press('Enter');
    await region.getByRole('status').filter({ hasText: 'Saved:' }).waitFor();
    const ws = (await send({ type: 'workspace.get' })).value as { keyResults: { id: string; dataLink?: { url: string; locator: string } }[] };
    const link = ws.keyResults.find((k) => k.id === KR)?.dataLink;
    expect(link).toMatchObject({ url: PULL.url });
    // The saved locator names the number the keyboard picked.
    const located = await page.evaluate((css) => document.querySelector(css)?.textContent?.replace(/\s+/g, ' ').trim(), link!.locator.replace(/^css:/, ''));
    expect(located).toBe(firstText);
    await page.close();
  }, 300_000);
});
