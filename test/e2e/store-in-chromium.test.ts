import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the store in real Chromium', () => {
  let browser: Browser;
  let script: string;
  beforeAll(async () => {
    const bundle = await build({ entryPoints: ['test/e2e/store-harness.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' });
    script = bundle.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  });
  afterAll(async () => browser?.close());

  it('migrates, writes all or nothing, and finds OKRs by link key', async () => {
    const page = await browser.newPage();
    // A made-up origin served by the test: the page needs an origin of its own for IndexedDB.
    await page.route('http://okr-lens.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>store</title><script>${script.replace(/<\/script/g, '<\\/script')}</script>` }));
    await page.goto('http://okr-lens.test/');
    const result = await page.evaluate(() => (globalThis as unknown as { storeHarness: { run: () => Promise<unknown> } }).storeHarness.run());
    expect(result).toEqual({
      afterMigration: { version: 3, byOwner: ['old-kr'] },
      refused: expect.stringMatching(/^store: batch not written \(ConstraintError.*nothing was changed$/),
      objectives: ['o1'],
      checkIns: ['c1'],
      linkedKeyResults: ['k1'],
    });
  });
});
