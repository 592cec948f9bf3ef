import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// Runs the real store in real Chromium: the home page writes the demo company into the
// extension's IndexedDB, and a reload must read the same workspace back.
describe('extension home page', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => ext?.close());

  it('starts empty, loads the demo company into IndexedDB, and keeps it across reloads', async () => {
    const page = await ext.context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-20T17:00:00Z'));
    await page.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await page.getByText('No OKRs in this browser yet').waitFor();
    await page.getByRole('button', { name: 'Load demo data' }).click();

    await page.getByRole('heading', { name: 'Acme Analytics' }).waitFor();
    // First run asks who uses this browser; the demo's people are offered.
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await page.getByRole('button', { name: 'Maya Chen' }).click();
    const q4 = page.getByRole('region', { name: 'Objectives in 2026 Q4' });
    await q4.waitFor();
    await expect(q4.getByRole('article').count()).resolves.toBe(7);
    await q4.getByRole('article', { name: 'Become the analytics tool mid-market teams recommend' }).waitFor();
    await page.getByText('Never exported: this browser holds the only copy.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Acme Analytics' }).waitFor();
    await page.getByLabel('Period').selectOption('2026-q3');
    const q3 = page.getByRole('region', { name: 'Objectives in 2026 Q3' });
    await expect(q3.getByRole('article').count()).resolves.toBe(3);
    await q3.getByText('Closed · score 1.0').waitFor();

    const stored = await page.evaluate(async () => {
      const request = indexedDB.open('okr-lens');
      const db = await new Promise<IDBDatabase>((ok, fail) => { request.onsuccess = () => ok(request.result); request.onerror = () => fail(request.error); });
      const count = await new Promise<number>((ok) => { const r = db.transaction('checkIns').objectStore('checkIns').count(); r.onsuccess = () => ok(r.result); });
      return { version: db.version, checkIns: count };
    });
    expect(stored).toEqual({ version: 3, checkIns: 168 });

    mkdirSync('test-results', { recursive: true });
    await page.getByLabel('Period').selectOption('2026-q4');
    await page.screenshot({ path: 'test-results/home-page.png', fullPage: true });
  });
});
