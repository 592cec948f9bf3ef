import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_TIMEOUT = 180_000;
const ACTION_TIMEOUT = 60_000;

export type LaunchedExtension = { context: BrowserContext; extensionId: string; close: () => Promise<void> };

/** Polls a condition (a new tab has no URL yet when Playwright first reports it) until the launch timeout. */
async function waitFor<T>(found: () => T | undefined): Promise<T | undefined> {
  const deadline = Date.now() + LAUNCH_TIMEOUT;
  for (let value = found(); ; value = found()) {
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Debian's Chromium with the built extension loaded, in a fresh profile; never touches the network. */
export async function launchExtension(dir = EXTENSION_DIR): Promise<LaunchedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'okr-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [
      '--headless=new', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
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
  // A fresh install opens the home page by itself once the database is ready. Close it, so each
  // test starts from its own pages and nothing is still navigating when a test pins the clock
  // (Playwright's clock is installed in every open page, and failed on one mid-navigation).
  const isHome = (p: Page) => p.url().startsWith(`chrome-extension://${extensionId}/home.html`);
  const installTab = await waitFor(() => context.pages().find(isHome));
  if (!installTab) throw new Error('launch-extension: the home page did not open after install (did preparing the database fail?)');
  await installTab.close();
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
