import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../core/model/workspace.ts';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// The #/files view in real Chromium with the built extension: import (preview, problems, all or
// nothing), export (private left out unless ticked), merge (conflicts, "assigned to you"), backups.
const fixture = (name: string) => resolve('fixtures/csv', name);
const message = (page: Page, request: object) =>
  page.evaluate((r) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: unknown }> } } }).chrome.runtime.sendMessage({ channel: 'okr-lens', request: r }), request);
const workspaceOf = async (page: Page) => (await message(page, { type: 'workspace.get' })).value as Workspace;
const textOf = async (download: Download) => readFileSync((await download.path())!, 'utf8');

describe('files view', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-20T17:00:00Z'));
    await page.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('heading', { name: 'Acme Analytics' }).waitFor();
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await page.getByRole('button', { name: 'Maya Chen' }).click();
    await page.getByRole('link', { name: 'Files' }).click();
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
  });
  afterAll(async () => ext?.close());

  it('lists every problem of a bad file by file, row and column, and writes nothing', async () => {
    const before = (await workspaceOf(page)).objectives.length;
    await page.getByLabel('Files to import').setInputFiles(fixture('bad-values.csv'));
    const problems = page.getByRole('table', { name: /Problems/ });
    await problems.waitFor();
    await problems.getByRole('row', { name: /bad-values\.csv 2 Target Error: expected a number, got "lots"/ }).waitFor();
    await problems.getByRole('row', { name: /bad-values\.csv 3 Quarter Error: unknown period "Q9 2026"/ }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'problems stop this import' }).waitFor();
    await expect(page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await workspaceOf(page)).objectives.length).toBe(before);
  });

  it('previews a clean CSV, imports it with a progress bar, and the OKRs appear', async () => {
    await page.getByLabel('Files to import').setInputFiles(fixture('outline-numbers.csv'));
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('row', { name: 'Objectives 2 0 0' }).waitFor();
    await preview.getByRole('row', { name: 'Key results 3 0 0' }).waitFor();
    await preview.getByText('Key results created').click();
    await preview.getByText('QBRs held with top accounts').waitFor();
    mkdirSync('docs/screenshots', { recursive: true });
    const section = page.getByRole('region', { name: 'Import', exact: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await section.screenshot({ path: 'docs/screenshots/files-import-preview-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: 'docs/screenshots/files-import-preview-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    // Another tab changes the workspace under the preview: the page plans again, so the import still lands.
    // The re-plan may be too quick to catch by polling: a MutationObserver records that it happened.
    await page.evaluate(() => {
      const g = globalThis as { replanned?: boolean };
      new MutationObserver((_, o) => {
        if (!document.body.textContent?.includes('Preparing the preview')) return;
        g.replanned = true;
        o.disconnect();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const someone = (await workspaceOf(page)).objectives[0]!;
    expect((await message(page, { type: 'objective.update', id: someone.id, changes: { title: 'Edited in another tab' } })).ok).toBe(true);
    await page.waitForFunction(() => (globalThis as { replanned?: boolean }).replanned === true, undefined, { timeout: 30_000 });
    await preview.getByRole('row', { name: 'Objectives 2 0 0' }).waitFor();

    // The bar may come and go between two polls: record every value it shows.
    await page.evaluate(() => {
      const seen: string[] = ((globalThis as { progressSeen?: string[] }).progressSeen = []);
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (bar) seen.push(bar.getAttribute('aria-valuenow') ?? '');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 2 objectives and 3 key results created' }).waitFor();
    const seen = await page.evaluate(() => (globalThis as { progressSeen?: string[] }).progressSeen ?? []);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((v) => /^\d+$/.test(v))).toBe(true);

    const backups = page.getByRole('list', { name: 'Backups' });
    await backups.getByRole('listitem', { name: /before import/ }).waitFor();
    await page.getByRole('link', { name: 'OKRs' }).click();
    await page.getByRole('article', { name: 'Mid-market teams renew without a fight' }).waitFor();
    await page.getByRole('article', { name: 'Support answers before customers ask twice' }).waitFor();
    await page.getByRole('link', { name: 'Files' }).click();
  });

  it('exports without private OKRs unless ticked, and shows the export date', async () => {
    const ws = await workspaceOf(page);
    const secret = ws.objectives.find((o) => o.title === 'Support answers before customers ask twice')!;
    expect((await message(page, { type: 'objective.update', id: secret.id, changes: { private: true } })).ok).toBe(true);

    const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export bundle' }).click()]);
    expect(bundle.suggestedFilename()).toMatch(/^acme-analytics-\d{4}-\d{2}-\d{2}\.okr\.json$/);
    const plain = JSON.parse(await textOf(bundle)) as Workspace;
    expect(plain.objectives.map((o) => o.title)).toContain('Mid-market teams renew without a fight');
    expect(plain.objectives.map((o) => o.id)).not.toContain(secret.id);
    expect(plain.keyResults.some((k) => k.objectiveId === secret.id)).toBe(false);

    const csvs: Download[] = [];
    page.on('download', (d) => csvs.push(d));
    await page.getByRole('button', { name: 'Export CSV files' }).click();
    await expect.poll(() => csvs.length, { timeout: 30_000 }).toBe(2);
    expect(csvs.map((d) => d.suggestedFilename())).toEqual([expect.stringMatching(/-items-.*\.csv$/), expect.stringMatching(/-check-ins-.*\.csv$/)]);
    const items = await textOf(csvs[0]!);
    expect(items).toContain('Mid-market teams renew without a fight');
    expect(items).not.toContain('Support answers before customers ask twice');

    await page.getByLabel('Include private OKRs').check();
    const [full] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export bundle' }).click()]);
    expect(await textOf(full)).toContain('Support answers before customers ask twice');
    await page.locator('.export-note').filter({ hasText: /^Last exported/ }).waitFor();
  });

  it('merges a teammate’s bundle: lists the conflicts and names what is assigned to me', async () => {
    const ws = await workspaceOf(page);
    const kr = ws.keyResults.find((k) => k.title === 'Gross revenue retention')!;
    const me = ws.people.find((p) => p.id !== kr.ownerIds[0])!;
    expect((await message(page, { type: 'me.set', personId: me.id })).ok).toBe(true);
    const later = '2026-11-22T09:00:00.000Z';
    const theirs = { format: 'okr-lens-bundle', version: 1, exportedAt: later, exportedBy: 'Amara', ...ws,
      keyResults: ws.keyResults.map((k) => (k.id === kr.id ? { ...k, checkInOwnerId: me.id, target: 95, updatedAt: later } : k)) };
    await page.getByLabel('Bundle to merge').setInputFiles({ name: 'amara.okr.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });
    const result = page.locator('.merge-result');
    await result.getByRole('table', { name: 'Conflicts resolved' }).waitFor();
    await result.getByRole('row', { name: new RegExp(`keyResult ${kr.id} target 95 \\(from amara\\.okr\\.json\\)`) }).waitFor();
    await result.getByRole('heading', { name: 'Assigned to you' }).waitFor();
    await expect(result.getByRole('listitem').allTextContents()).resolves.toEqual(['Gross revenue retention']);
    expect((await workspaceOf(page)).keyResults.find((k) => k.id === kr.id)?.checkInOwnerId).toBe(me.id);
  });

  it('restores a backup after a confirmation, and says what was restored', async () => {
    const kr = (await workspaceOf(page)).keyResults.find((k) => k.title === 'Gross revenue retention')!;
    const backups = page.getByRole('list', { name: 'Backups' });
    await backups.getByRole('button', { name: /^Restore backup .*before merge/ }).click();
    const confirm = page.getByRole('group', { name: 'Confirm restore' });
    // Focus moves to "Yes, restore" once the confirmation shows; Escape there backs out.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Yes, restore', undefined, { timeout: 30_000 });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await backups.getByRole('button', { name: /^Restore backup .*before merge/ }).click();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect((await workspaceOf(page)).keyResults.find((k) => k.id === kr.id)?.target).toBe(95);

    await backups.getByRole('button', { name: /^Restore backup .*before merge/ }).click();
    await page.getByRole('button', { name: 'Yes, restore' }).click();
    await page.getByRole('status').filter({ hasText: /Restored the backup of .*\(before merge\)/ }).waitFor();
    const restored = (await workspaceOf(page)).keyResults.find((k) => k.id === kr.id)!;
    expect([restored.target, restored.checkInOwnerId]).toEqual([93, undefined]);
    await backups.getByRole('listitem', { name: /before restore/ }).waitFor();

    const [file] = await Promise.all([page.waitForEvent('download'), backups.getByRole('button', { name: /^Download backup .*before restore/ }).click()]);
    expect(JSON.parse(await textOf(file)).keyResults.find((k: { id: string }) => k.id === kr.id).target).toBe(95);
  });

  it('imports a bundle dropped on the import area: the preview says what it replaces and removes', async () => {
    const demo = readFileSync(resolve('fixtures/demo/acme-analytics.okr.json'), 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'acme-analytics.okr.json', { type: 'application/json' }));
      document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, demo);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('table', { name: 'The bundle replaces this browser’s workspace' }).waitFor();
    await preview.getByRole('row', { name: /^Objectives 0 \d+ \d+ 2$/ }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported acme-analytics.okr.json: it replaced the workspace.' }).waitFor();
    const titles = (await workspaceOf(page)).objectives.map((o) => o.title);
    expect(titles).toContain('Become the analytics tool mid-market teams recommend');
    expect(titles).not.toContain('Mid-market teams renew without a fight');
  });
});
