import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// A key result's live count, typed in the edit form on the home page and shown on its KR page.
const KR = 'Net Promoter Score of admins from 31 to 45';
const OBJECTIVE = 'Become the analytics tool mid-market teams recommend';

describe('key result live count', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.context.clock.setFixedTime(new Date('2026-11-20T17:00:00Z'));
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Maya Chen' }).click();
  });
  afterAll(async () => ext?.close());

  it('is refused when the milestone is not owner/repo/number, saved when it is, and shown on the KR page', async () => {
    const card = page.getByRole('region', { name: 'Objectives in 2026 Q4' }).getByRole('article', { name: OBJECTIVE });
    await card.getByRole('button', { name: `Edit key result “${KR}”` }).click();
    const form = page.getByRole('form', { name: `Edit key result ${KR}` });
    const live = form.getByRole('group', { name: 'Live count' });
    await live.getByLabel('Counted from').selectOption('github-milestone');
    await live.getByLabel('Milestone').fill('acme/app');
    await form.getByRole('button', { name: 'Save key result' }).click();
    await live.getByText('must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub').waitFor();

    await live.getByLabel('Milestone').fill('https://github.com/acme/app/milestone/4');
    await live.getByLabel('Measure').selectOption('share-done');
    mkdirSync('docs/screenshots', { recursive: true });
    await live.screenshot({ path: 'docs/screenshots/kr-form-live-count.png' });
    await live.getByLabel('Milestone').press('Enter');
    await form.waitFor({ state: 'detached' });

    await page.goto(`chrome-extension://${ext.extensionId}/home.html#/kr/q4-company-kr3`);
    const facts = page.locator('dl.facts');
    await facts.getByText('Share closed (%) of acme/app/4 on github.com').waitFor();
    expect(await facts.locator('dt').allTextContents()).toContain('Live count');
  });
});
