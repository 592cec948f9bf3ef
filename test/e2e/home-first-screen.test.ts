import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../extension/messages/result.ts';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// The OKRs view paints the rows the background computed (home.firstScreen) before the page has
// the whole workspace, and they are the rows the full view then shows, filters from the URL included.
type WithHarness = typeof globalThis & { okrLensE2e: { send: (request: unknown) => Promise<Result<unknown>> } };
type Seen = { editButtons: number; busy: string | null; names: string[]; count: string };

const NOW = new Date('2026-11-20T17:00:00Z');
const WAIT = { timeout: 60_000 };
// Installed before the page's scripts: what the tree showed the moment its first objective was in the DOM.
const FIRST_ROWS = `(() => {
  new MutationObserver((_, obs) => {
    const tree = document.querySelector('section.okr-tree');
    if (!tree || !tree.querySelector('article')) return;
    obs.disconnect();
    globalThis.__first = { editButtons: tree.querySelectorAll('.edit-buttons').length, busy: tree.getAttribute('aria-busy'), names: [...tree.querySelectorAll('article')].map((a) => a.getAttribute('aria-label')), count: tree.querySelector('.count')?.textContent ?? '' };
  }).observe(document, { childList: true, subtree: true });
})();`;

describe('home page: first screen', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    const harness = (await build({ entryPoints: ['test/e2e/message-client-harness.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' })).outputFiles[0]!.text;
    ext = await launchExtension();
    await ext.context.clock.setFixedTime(NOW);
    const loader = await ext.context.newPage();
    await loader.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await loader.evaluate(harness);
    const send = (r: unknown) => loader.evaluate((request) => (globalThis as WithHarness).okrLensE2e.send(request), r);
    expect((await send({ type: 'bundle.import', text: readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8'), fileName: 'acme.okr.json' })).ok).toBe(true);
    expect((await send({ type: 'me.set', personId: 'maya' })).ok).toBe(true);
    await loader.close();
  });
  afterAll(async () => ext?.close());

  it('paints the filtered tree before the whole workspace arrives, with the rows the full view keeps', async () => {
    const page = await ext.context.newPage();
    await page.addInitScript(FIRST_ROWS);
    await page.goto(`chrome-extension://${ext.extensionId}/home.html#/okrs?period=2026-q4&owner=jonas`);
    const tree = page.getByRole('region', { name: 'Objectives in 2026 Q4' });
    await tree.and(page.locator('[aria-busy="false"]')).waitFor(WAIT);
    // Edit buttons come with the whole workspace: once they are there, the full view is drawn.
    await tree.locator('.edit-buttons').first().waitFor(WAIT);
    const first = await page.evaluate(() => (globalThis as unknown as { __first: Seen }).__first);
    // Edit buttons need the whole workspace: none yet when the tree first showed.
    expect(first.editButtons).toBe(0);
    // jonas owns two objectives; their parent shows as context.
    expect(first.names).toEqual(['Become the analytics tool mid-market teams recommend', 'The platform scales to 10× today’s data without a rewrite', 'Developers integrate without talking to us']);
    expect(first.count).toBe('2 of 7 objectives match');
    expect(first.busy).toBe('false');
    await expect(tree.getByRole('article').evaluateAll((all) => all.map((a) => a.getAttribute('aria-label')))).resolves.toEqual(first.names);
    await expect(tree.locator('.count').textContent()).resolves.toBe(first.count);
    await expect(page.locator('#filter-owner').inputValue()).resolves.toBe('jonas');
  });
});
