import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// Inside extension pages; only what this test calls.
declare const chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };

// The KPIs view in the built extension: the demo company's health metrics, a KPI created by
// keyboard alone, and its first check-in turning its health from "no data" to "out of range".
// Keys typed before a form's first field has focus would go elsewhere: wait for the focus itself.
const focusOn = (page: Page, id: string | RegExp) =>
  expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ''), { timeout: 30_000 }).toMatch(typeof id === 'string' ? new RegExp(`^${id}$`) : id);

describe('KPIs view', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => ext?.close());

  it('lists the demo KPIs, creates one by keyboard, and follows a check-in live', async () => {
    const page = await ext.context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-20T17:00:00Z'));
    await page.goto(`chrome-extension://${ext.extensionId}/home.html#/kpis`);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await page.getByRole('button', { name: 'Maya Chen' }).click();
    const table = page.getByRole('table', { name: 'KPIs, out of range first' });
    await table.waitFor({ timeout: 30_000 });
    await expect(table.getByRole('row').count()).resolves.toBe(1 + 5);
    const churn = table.getByRole('row', { name: /Monthly logo churn/ });
    await churn.getByText('Out of range').waitFor();
    await churn.getByText('≤ 2 %').waitFor();
    await page.getByRole('link', { name: 'KPIs' }).and(page.locator('[aria-current="page"]')).waitFor();

    mkdirSync('docs/screenshots', { recursive: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: 'docs/screenshots/kpis-light.png', fullPage: true });
    // Dark, with the edit form open: the form is the other half of the view.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Edit API uptime (30 days)' }).click();
    await page.getByRole('form', { name: 'Edit API uptime (30 days)' }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/kpis-dark.png', fullPage: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.emulateMedia({ colorScheme: 'light' });

    // Keyboard only: focus the button, Enter opens the form with the name focused, Tab through, Enter saves.
    await page.getByRole('button', { name: 'New KPI' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'New KPI' }).waitFor();
    await focusOn(page, 'kpi-form-new-name');
    await page.keyboard.type('Trial-to-paid conversion');
    await page.keyboard.press('Tab'); // description
    await page.keyboard.press('Tab'); // healthy from
    await page.keyboard.type('12');
    await page.keyboard.press('Tab'); // healthy up to
    await page.keyboard.press('Tab'); // unit
    await page.keyboard.type('%');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Saved “Trial-to-paid conversion”.').waitFor();
    const trial = table.getByRole('row', { name: /Trial-to-paid conversion/ });
    await trial.getByText('No check-in yet').waitFor();
    await trial.getByText('≥ 12 %').waitFor();

    // A check-in sent from elsewhere in the extension reaches this page through the broadcast. The
    // background's clock is not the pages' pinned one, so the check-in carries its own time.
    const other = await ext.context.newPage();
    await other.clock.setFixedTime(new Date('2026-11-20T17:00:00Z'));
    await other.goto(`chrome-extension://${ext.extensionId}/home.html#/okrs`);
    await other.getByRole('heading', { name: 'Acme Analytics' }).waitFor();
    const id = await page.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ channel: 'okr-lens', request: { type: 'workspace.get' } })) as { value: { kpis: { id: string; name: string }[] } };
      return reply.value.kpis.find((k) => k.name === 'Trial-to-paid conversion')!.id;
    });
    const added = await other.evaluate(async (targetId) => chrome.runtime.sendMessage({ channel: 'okr-lens', request: { type: 'checkIn.add', draft: { targetType: 'kpi', targetId, time: '2026-11-20T16:00:00.000Z', value: 9.5, status: 'off-track', authorId: 'maya' } } }), id);
    expect(added).toMatchObject({ ok: true });
    await trial.getByText('Out of range').waitFor();
    await trial.getByText('9.5 % on Nov 20').waitFor();

    // The view's own check-in form, once this browser knows who its person is. (The background
    // stamps the time with its own clock, so only the value and the health are checked.)
    await other.evaluate(async () => chrome.runtime.sendMessage({ channel: 'okr-lens', request: { type: 'me.set', personId: 'maya' } }));
    await page.getByRole('button', { name: 'Check in on Trial-to-paid conversion' }).click();
    await page.getByRole('form', { name: 'Check in on Trial-to-paid conversion' }).waitFor();
    await focusOn(page, new RegExp('^kpi-check-in-.*-value$'));
    await page.keyboard.type('14');
    await page.getByText('Would be: Healthy').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Checked in 14 % on “Trial-to-paid conversion”.').waitFor();
    await trial.getByText('Healthy').waitFor();
    await trial.getByText('14 %').waitFor();

    // Escape closes an edit form without saving.
    await page.getByRole('button', { name: 'Edit Monthly logo churn' }).click();
    await page.getByRole('form', { name: 'Edit Monthly logo churn' }).waitFor();
    await focusOn(page, 'kpi-form-kpi-monthly-churn-name');
    await page.keyboard.press('Escape');
    await page.getByRole('form').waitFor({ state: 'detached' });
  });
});
