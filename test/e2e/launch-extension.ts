import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_TIMEOUT = 180_000;
const ACTION_TIMEOUT = 60_000;

export type LaunchedExtension = { context: BrowserContext; extensionId: string; close: () => Promise<void> };

/** Debian's Chromium with the built extension loaded, in a fresh profile; never touches the network. */
export async function launchExtension(): Promise<LaunchedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'okr-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [
      '--headless=new', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
    timezoneId: 'America/New_York',
    // A cold start on a loaded two-core CI machine has taken over 30 s (Playwright's default).
    timeout: LAUNCH_TIMEOUT,
  });
  // Every wait in the tests inherits this: a busy machine is slow, not broken.
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: LAUNCH_TIMEOUT }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
