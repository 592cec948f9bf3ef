import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../extension/messages/result.ts';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// The home page as a person uses it: first run, the OKR tree with its filters in the URL, a key
// result's page, a check-in from another page arriving live, and axe in light and dark.
type Harness = { send: (request: unknown) => Promise<Result<unknown>> };
type WithHarness = typeof globalThis & { okrLensE2e: Harness };
type AxeResults = { violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] };

const NOW = new Date('2026-11-20T17:00:00Z');
const WAIT = { timeout: 60_000 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('home page: first run, OKR tree, key result page', () => {
  let ext: LaunchedExtension;
  let harness: string;
  let home: Page;
  const url = (hash = '') => `chrome-extension://${ext.extensionId}/home.html${hash}`;
  const send = async (request: unknown) => {
    const page = await ext.context.newPage();
    await page.goto(url());
    await page.evaluate(harness);
    const result = await page.evaluate((r) => (globalThis as WithHarness).okrLensE2e.send(r), request);
    await page.close();
    return result;
  };

  beforeAll(async () => {
    const bundle = await build({ entryPoints: ['test/e2e/message-client-harness.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' });
    harness = bundle.outputFiles[0]!.text;
    ext = await launchExtension();
    await ext.context.clock.setFixedTime(NOW);
    home = await ext.context.newPage();
  });
  afterAll(async () => ext?.close());

  it('starts empty by keyboard: a workspace, you in it, the current quarter', async () => {
    await home.goto(url());
    await home.getByText('No OKRs in this browser yet').waitFor(WAIT);
    await home.screenshot({ path: 'docs/screenshots/first-run-light.png' });
    await expect(axe(home)).resolves.toEqual([]);
    await home.getByRole('button', { name: 'Start empty' }).click();
    await home.getByLabel('Workspace name').fill('Tiny Co');
    await home.getByLabel('Your name').fill('Ada Byron');
    await home.getByLabel('Your name').press('Enter');
    await home.getByRole('heading', { name: 'Tiny Co' }).waitFor(WAIT);
    await home.getByText('No objectives in this period.').waitFor(WAIT);
    await expect(home.getByLabel('Period').inputValue()).resolves.toBe('2026-q4');
    // `me` was set: no "Who are you?", and "Mine" can be ticked.
    await expect(home.getByRole('heading', { name: 'Who are you?' }).count()).resolves.toBe(0);
    await expect(home.getByRole('checkbox', { name: 'Mine' }).isEnabled()).resolves.toBe(true);
  });

  it('filters the demo tree by owner, search and "mine", keeping the filters in the URL', async () => {
    const imported = await send({ type: 'bundle.import', text: readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8'), fileName: 'acme-analytics.okr.json' });
    expect(imported.ok).toBe(true);
    await home.getByRole('heading', { name: 'Acme Analytics' }).waitFor(WAIT);
    // The person this browser remembered (Ada) is not in the demo: "Who are you?" again, searchable.
    await home.getByRole('heading', { name: 'Who are you?' }).waitFor(WAIT);
    await home.screenshot({ path: 'docs/screenshots/who-are-you-light.png' });
    await expect(axe(home)).resolves.toEqual([]);
    await home.getByLabel('Find yourself').fill('chen');
    const people = home.getByRole('list', { name: 'People in this workspace' });
    await expect.poll(() => people.getByRole('button').allInnerTexts(), { timeout: 30_000 }).toEqual(['Maya Chen · maya@acme-analytics.example']);
    await people.getByRole('button').click();
    const tree = home.getByRole('region', { name: 'Objectives in 2026 Q4' });
    await tree.getByRole('status').getByText('7 objectives').waitFor(WAIT);

    await home.getByLabel('Owner', { exact: true }).selectOption('jonas');
    await tree.getByText('2 of 7 objectives match').waitFor(WAIT);
    expect(new URL(home.url()).hash).toContain('owner=jonas');
    await tree.getByRole('article', { name: 'Developers integrate without talking to us' }).waitFor();
    await expect(tree.getByRole('article', { name: 'Customers get answers before they have to ask twice' }).count()).resolves.toBe(0);

    await home.reload();
    await tree.getByText('2 of 7 objectives match').waitFor(WAIT);
    await expect(home.getByLabel('Owner', { exact: true }).inputValue()).resolves.toBe('jonas');
    await home.getByRole('button', { name: 'Clear filters' }).click();
    await home.getByLabel('Search', { exact: true }).fill('uptime');
    await tree.getByRole('link', { name: 'Keep monthly uptime above 99.9 %' }).waitFor(WAIT);
    await expect(tree.getByRole('link', { name: 'Largest customer dataset queried in under 2 s at p95' }).count()).resolves.toBe(0);
    expect(new URL(home.url()).hash).toContain('q=uptime');

    await home.getByLabel('Search', { exact: true }).fill('');
    await home.getByRole('checkbox', { name: 'Mine' }).check();
    await tree.getByText('1 of 7 objectives match').waitFor(WAIT);
    await tree.getByRole('article', { name: 'Become the analytics tool mid-market teams recommend' }).waitFor();
    await home.getByRole('checkbox', { name: 'Mine' }).uncheck();
  });

  it('shows quality findings beside the items they concern, with their reasons', async () => {
    const tree = home.getByRole('region', { name: 'Objectives in 2026 Q4' });
    await tree.getByLabel('2 quality findings about Developers integrate without talking to us').click();
    await tree.getByText('Tags “dev-experience” and “developer-experience” look like the same tag').waitFor(WAIT);
    await tree.getByLabel('1 quality finding about Ship usage-based billing to all self-serve plans').click();
    await tree.getByText('make it an initiative and measure what it changes').waitFor(WAIT);
  });

  it('opens a key result page and shows a check-in sent from another page without a reload', async () => {
    await home.getByRole('link', { name: 'Net Promoter Score of admins from 31 to 45' }).click();
    await home.getByRole('heading', { name: 'Net Promoter Score of admins from 31 to 45' }).waitFor(WAIT);
    expect(new URL(home.url()).hash).toBe('#/kr/q4-company-kr3');
    await home.getByRole('img', { name: /^Chart: Net Promoter Score/ }).waitFor(WAIT);
    const history = home.getByRole('table', { name: /Check-ins, newest first/ });
    const before = await history.locator('tbody tr').count();
    expect(before).toBeGreaterThan(0);

    const sent = await send({ type: 'checkIn.add', draft: { // Noor is an observer: observers are never the author of a check-in.
       targetType: 'keyResult', targetId: 'q4-company-kr3', value: 40, status: 'on-track', confidence: 8, time: NOW.toISOString(), note: 'Sent from another tab', authorId: 'tomas', onBehalfOfId: 'maya', source: 'jira', sourceUrl: 'https://acme.atlassian.net/browse/GROW-7', evidence: '40 responses this week' } });
    expect(sent.ok).toBe(true);
    const row = history.locator('tbody tr').first();
    await row.getByText('Sent from another tab').waitFor(WAIT);
    await expect(row.innerText()).resolves.toMatch(/20 Nov 2026, 12:00.*40.*On track.*8\/10.*Tomás Herrera\s+on behalf of Maya Chen/s);
    await expect(history.locator('tbody tr').count()).resolves.toBe(before + 1);
    await expect(row.getByRole('link', { name: 'Jira' }).getAttribute('href')).resolves.toBe('https://acme.atlassian.net/browse/GROW-7');
    await row.getByText('40 responses this week').waitFor();
  });

  const axe = async (page: Page) => {
    await page.evaluate(AXE);
    return page.evaluate(async () => {
      const results = await (globalThis as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document);
      return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the OKRs view and a key result page, ${scheme}`, async () => {
      await home.emulateMedia({ colorScheme: scheme });
      await home.goto(url('#/okrs?period=2026-q4'));
      await home.getByRole('region', { name: 'Objectives in 2026 Q4' }).getByText('7 objectives').waitFor(WAIT);
      // Open one findings disclosure so its list is checked too.
      await home.getByLabel('2 quality findings about Developers integrate without talking to us').click();
      await expect(axe(home)).resolves.toEqual([]);
      await home.evaluate(() => scrollTo(0, 0));
      await home.screenshot({ path: `docs/screenshots/home-page-${scheme}.png`, fullPage: false });

      await home.goto(url('#/kr/q4-company-kr3'));
      await home.getByRole('img', { name: /^Chart: Net Promoter Score/ }).waitFor(WAIT);
      await home.getByText('Chart as a table').click();
      await expect(axe(home)).resolves.toEqual([]);
      await home.screenshot({ path: `docs/screenshots/kr-page-${scheme}.png`, fullPage: true });
    });
  }
});
