import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../core/model/workspace.ts';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// The import's Columns step in real Chromium: a file the importer cannot read with confidence
// opens the step; setting one column redraws the first rows at once; reading again imports; the
// mapping is remembered by the file's header and used for the same columns next time.
const fixture = (name: string) => resolve('fixtures/csv', name);
const message = (page: Page, request: object) =>
  page.evaluate((r) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: unknown }> } } }).chrome.runtime.sendMessage({ channel: 'okr-lens', request: r }), request);
type AxeResults = { violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axe = async (page: Page) => {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await (globalThis as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document);
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
};
const workspaceOf = async (page: Page) => (await message(page, { type: 'workspace.get' })).value as Workspace;

describe('import: the columns (mapping) step', () => {
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
  }, 120_000);
  afterAll(async () => ext?.close());

  it('asks for the column it could not place, previews the fix live, imports, and offers the mapping again', async () => {
    const before = (await workspaceOf(page)).objectives.length;
    await page.getByLabel('Files to import').setInputFiles(fixture('mapping-unsure.csv'));
    const step = page.getByRole('form', { name: 'Columns' });
    const columns = step.getByRole('table', { name: 'Columns of mapping-unsure.csv' });
    await columns.waitFor({ timeout: 60_000 });
    await columns.getByRole('row', { name: /Belongs to .*Not sure: column 1 \("Title"\) is already the title/ }).waitFor();
    await expect(step.getByLabel('Category').inputValue()).resolves.toBe('type');
    await expect(step.getByLabel('Belongs to').inputValue()).resolves.toBe('ignore');
    await page.getByRole('alert').filter({ hasText: 'Set the columns above' }).waitFor();
    await expect(page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).resolves.toBe(true);

    const rows = step.getByRole('table', { name: 'First rows of mapping-unsure.csv as mapped' });
    await expect(rows.getByRole('columnheader').allTextContents()).resolves.not.toContain('Parent');
    await step.getByLabel('Belongs to').selectOption('parent');
    // Live: the first rows are redrawn from the new role, before anything is planned again.
    await rows.getByRole('columnheader', { name: 'Parent' }).waitFor();
    await rows.getByRole('row', { name: /^3 Key result Day-1 activation rate Self-serve teams reach value on day one/ }).waitFor();
    await step.getByLabel('Values meaning an objective').fill('Objective, Theme');

    mkdirSync('docs/screenshots', { recursive: true });
    const section = page.getByRole('region', { name: 'Import', exact: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await section.screenshot({ path: 'docs/screenshots/import-columns-step-light.png' });
    await expect(axe(page)).resolves.toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: 'docs/screenshots/import-columns-step-dark.png' });
    await expect(axe(page)).resolves.toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    // Keyboard: the role selects are reached with Tab and changed with the arrow keys.
    await step.getByLabel('Owner').focus();
    await page.keyboard.press('ArrowDown');
    await rows.getByRole('columnheader', { name: 'Owner' }).waitFor({ state: 'detached' });
    await step.getByLabel('Owner').selectOption('owner');
    await rows.getByRole('columnheader', { name: 'Owner' }).waitFor();

    await step.getByRole('button', { name: 'Read the files with these columns' }).click();
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('row', { name: 'Objectives 1 0 0' }).waitFor({ timeout: 60_000 });
    await preview.getByRole('row', { name: 'Key results 2 0 0' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 1 objectives and 2 key results created' }).waitFor({ timeout: 60_000 });
    const ws = await workspaceOf(page);
    expect(ws.objectives.length).toBe(before + 1);
    const objective = ws.objectives.find((o) => o.title === 'Self-serve teams reach value on day one')!;
    expect(ws.keyResults.filter((k) => k.objectiveId === objective.id).map((k) => k.title).sort()).toEqual(['Day-1 activation rate', 'Time to first dashboard in minutes']);

    // The same columns again: the saved mapping is applied at once and said so.
    await page.getByLabel('Files to import').setInputFiles(fixture('mapping-unsure.csv'));
    await page.getByRole('status').filter({ hasText: /^Used the columns you set for mapping-unsure\.csv on \d{4}-\d\d-\d\d; change them below/ }).waitFor({ timeout: 60_000 });
    await preview.getByRole('row', { name: 'Key results 0 0 2' }).waitFor();
    await expect(step.getByLabel('Belongs to').inputValue()).resolves.toBe('parent');
    await expect(page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).resolves.toBe(false);
  }, 180_000);
});
