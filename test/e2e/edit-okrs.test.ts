import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// Editing from the home page, in real Chromium with the built extension: the keyboard-only path
// through a new objective and its key results, an edit, a delete taken back, closing a period
// with carry-over, and an observer who sees no edit control (and whose writes are refused).
const NOW = new Date('2026-11-20T17:00:00Z');
const WAIT = { timeout: 60_000 };
const TITLE = 'Partners resell us in three regions';
const KRS = [['Sign partners in EMEA', '0', '4'], ['Sign partners in APAC', '0', '3'], ['Partner-sourced revenue', '0', '250000']] as const;

type Chromeish = { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }> } } };
const send = (page: Page, request: unknown) => page.evaluate((r) => (globalThis as unknown as Chromeish).chrome.runtime.sendMessage({ channel: 'okr-lens', request: r }), request);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('editing OKRs on the home page', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.context.clock.setFixedTime(NOW);
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await page.getByRole('button', { name: 'Load demo data' }).click(WAIT);
    await page.getByRole('heading', { name: 'Acme Analytics' }).waitFor(WAIT);
    expect((await send(page, { type: 'me.set', personId: 'maya' })).ok).toBe(true);
    mkdirSync('test-results', { recursive: true }); // copy the good ones to docs/screenshots by hand
  });
  afterAll(async () => ext?.close());

  const q4 = () => page.getByRole('region', { name: 'Objectives in 2026 Q4' });
  const card = (title: string) => q4().getByRole('article', { name: title });

  it('creates an objective with three key results by keyboard only', async () => {
    await page.getByRole('button', { name: 'Add objective' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'New objective' });
    await form.waitFor(WAIT);
    await expect.poll(() => activeId(page), WAIT).toBe('objective-new-title');
    await page.keyboard.type(TITLE);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: 'test-results/edit-objective-form-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/edit-objective-form-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Enter');
    await page.getByText(`Objective “${TITLE}” created.`).waitFor(WAIT);
    for (const [i, [title, start, target]] of KRS.entries()) {
      await expect.poll(() => activeId(page), WAIT).toMatch(/^kr-new-.*-title$/);
      await page.keyboard.type(title);
      await page.keyboard.press('Tab'); // kind: increase
      await page.keyboard.press('Tab');
      await page.keyboard.type(start);
      await page.keyboard.press('Tab');
      await page.keyboard.type(target);
      await page.keyboard.press('Enter');
      await page.getByText(`Added “${title}” (${i + 1} so far)`).waitFor(WAIT);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Add objective');
    await card(TITLE).waitFor(WAIT);
    await expect.poll(() => card(TITLE).locator('.krs > li').count(), WAIT).toBe(3);
    for (const [title] of KRS) await card(TITLE).getByText(title, { exact: true }).waitFor(WAIT);
  });

  it('edits a key result, and shows the background’s refusal beside the field it names', async () => {
    await card(TITLE).getByRole('button', { name: `Edit key result “${KRS[0][0]}”` }).click();
    const form = page.getByRole('form', { name: `Edit key result ${KRS[0][0]}` });
    await form.getByLabel('Weight').fill('-2');
    await form.getByLabel('Weight').press('Enter');
    await form.getByText('must be at least 0, got -2').waitFor(WAIT);
    await form.getByLabel('Weight').fill('2');
    await form.getByLabel('Key result title').fill('Sign five partners in EMEA');
    await form.getByLabel('Key result title').press('Enter');
    await card(TITLE).getByText('Sign five partners in EMEA', { exact: true }).waitFor(WAIT);
    await form.waitFor({ state: 'detached', ...WAIT });
    await card(TITLE).getByRole('button', { name: 'Add initiative to “Sign partners in APAC”' }).click();
    await page.getByLabel('Initiative title').fill('Partner portal');
    await page.getByLabel('Progress (%)').fill('25');
    await page.getByLabel('Progress (%)').press('Enter');
    await card(TITLE).getByRole('list', { name: 'Initiatives' }).getByText('Partner portal').waitFor(WAIT);
    await card(TITLE).getByText('Not started · 25 %').waitFor(WAIT);
  });

  it('deletes an objective with its key results, and Undo brings all of it back', async () => {
    await card(TITLE).getByRole('button', { name: `Delete objective “${TITLE}”` }).click();
    await page.getByText(`Deleted “${TITLE}” and 4 records under it.`).waitFor(WAIT);
    await card(TITLE).waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Undo');
    await page.keyboard.press('Enter');
    await card(TITLE).waitFor(WAIT);
    await expect.poll(() => card(TITLE).locator('.krs > li').count(), WAIT).toBe(3);
    await card(TITLE).getByText('Partner portal').waitFor(WAIT);
    await page.screenshot({ path: 'test-results/okrs-with-edit.png', fullPage: true });
  });

  it('closes the period and shows the key results carried over to the next one', async () => {
    await page.getByRole('link', { name: 'Close this period…' }).click();
    const view = page.getByRole('region', { name: 'Close 2026 Q4' });
    await view.waitFor(WAIT);
    const mine = view.getByRole('group', { name: TITLE });
    await mine.getByText('suggested score 0.0').waitFor(WAIT);
    await mine.getByLabel(/^Score/).fill('0.3');
    await mine.getByLabel('Closing note').fill('Partner programme starts in January.');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: 'test-results/close-period-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/close-period-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await view.getByRole('button', { name: 'Close 2026 Q4 and carry over to 2027 Q1' }).click();
    const carried = page.getByRole('list', { name: 'Carried over to 2027 Q1' });
    await carried.waitFor(WAIT);
    await carried.getByText('Sign five partners in EMEA').waitFor(WAIT);
    await page.getByText('Every objective of 2026 Q4 is closed.').waitFor(WAIT);
    await page.getByRole('link', { name: 'Open 2027 Q1' }).click();
    const q1 = page.getByRole('region', { name: 'Objectives in 2027 Q1' });
    await q1.getByRole('article', { name: TITLE }).getByText('Partner-sourced revenue', { exact: true }).waitFor(WAIT);
    await page.getByLabel('Period').selectOption('2026-q4');
    await card(TITLE).getByText('Closed · score 0.3').waitFor(WAIT);
  });

  it('saves settings, flagging near-duplicate tags and refusing thresholds out of order beside the field', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Settings' });
    await form.getByLabel('The workspace’s tags (comma-separated)').fill('growth, Growth, retention');
    await form.getByText('“growth” looks like “Growth”').waitFor(WAIT);
    await form.getByLabel('Behind from').fill('30');
    await form.getByLabel('At risk from').fill('10');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.locator('#settings-at-risk-error').getByText('is 10, below "behind" (30)').waitFor(WAIT);
    await form.getByLabel('Behind from').fill('0');
    await form.getByLabel('At risk from').fill('30');
    await form.getByLabel('The workspace’s tags (comma-separated)').fill('growth, retention');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByText('Settings saved.').waitFor(WAIT);
    await page.screenshot({ path: 'test-results/settings.png', fullPage: true });
  });

  it('shows an observer everything and no edit control, and the background refuses their writes', async () => {
    expect((await send(page, { type: 'me.set', personId: 'noor' })).ok).toBe(true);
    await page.goto(`chrome-extension://${ext.extensionId}/home.html#/okrs?period=2026-q4`);
    await card(TITLE).waitFor(WAIT);
    await expect(page.getByRole('button', { name: /^(Edit|Delete|Add) / }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Add objective' }).count()).resolves.toBe(0);
    const refused = await send(page, { type: 'objective.update', id: 'q4-company', changes: { title: 'Observed' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await page.goto(`chrome-extension://${ext.extensionId}/home.html#/settings`);
    await page.getByText('Observers see the settings but cannot change them.').waitFor(WAIT);
    await expect(page.getByRole('button', { name: 'Save settings' }).count()).resolves.toBe(0);
  });
});
