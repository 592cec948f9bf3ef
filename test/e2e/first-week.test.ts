import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// A new user's first ten minutes, across features built separately: the first run, importing a
// spreadsheet before any workspace exists, saying who you are, checking in from the popup, and an
// open home page following the check-in without a reload.
const NOW = new Date('2026-11-20T17:00:00Z');
const KR = 'Activation of invited teammates';
const WAIT = { timeout: 60_000 };

describe('first week with OKR Lens', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.context.clock.setFixedTime(NOW);
  });
  afterAll(async () => ext?.close());

  it('first run → import a CSV → who are you → check in from the popup → the home page follows', async () => {
    const home = await ext.context.newPage();
    await home.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await home.getByRole('link', { name: 'Import a spreadsheet or bundle' }).click(WAIT);
    await home.getByRole('heading', { name: 'Import into OKR Lens' }).waitFor(WAIT);
    await home.getByLabel('Files to import').setInputFiles(resolve('fixtures/csv/sheets-kr-rows.csv'));
    const preview = home.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('row', { name: /^Key results \d+ 0 0$/ }).waitFor(WAIT);
    await home.getByRole('button', { name: 'Import', exact: true }).click(WAIT);

    // The import made the workspace; now the page asks who uses this browser.
    await home.getByRole('heading', { name: 'Who are you?' }).waitFor(WAIT);
    await home.getByRole('button', { name: /priya/i }).first().click(WAIT);
    // The new workspace's OKRs are shown: the import was the first run's way in.
    await home.getByRole('region', { name: /^Objectives in / }).waitFor(WAIT);
    const krRow = home.getByRole('listitem').filter({ hasText: KR }).first();
    await krRow.getByText('50 %').first().waitFor(WAIT);

    // A mark only this page load carries: it is gone if the page reloads.
    await home.evaluate(() => void ((globalThis as { sameLoad?: boolean }).sameLoad = true));
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 520 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('button', { name: KR }).click(WAIT);
    const form = popup.getByRole('form', { name: `Check in: ${KR}` });
    await form.waitFor(WAIT);
    await popup.keyboard.type('55');
    await popup.keyboard.press('Enter');
    await popup.getByRole('status').filter({ hasText: `Checked in: ${KR}` }).waitFor(WAIT);

    // Start 40 %, target 60 %: 55 % is 75 % of the way. The home page was never reloaded.
    await krRow.getByText('75 %').first().waitFor(WAIT);
    expect(await home.evaluate(() => (globalThis as { sameLoad?: boolean }).sameLoad)).toBe(true);
  });
});
