import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtension, type LaunchedExtension } from './launch-extension.ts';

// Jira Data Center on a company's own domain: the settings page adds the host, the background
// registers the Jira content script there, and revoking the permission stops it.
//
// What cannot be automated: headless Chromium shows permissions.request's prompt in browser UI
// that no test can click, and the request then never settles (tried). The grant is therefore
// made the way chrome://extensions's "Site access" makes it (developerPrivate.addHostPermission,
// the same permission update a click on "Allow" makes); the page's own permissions.request then
// answers true at once, as it does for a host already granted, and everything after it is real.
const HOST = 'jira.acme.test';
const ORIGIN = `https://${HOST}/*`;
const SCRIPT_ID = `okr-lens-custom-host:https://${HOST}`;
const ISSUE = `https://${HOST}/jira/browse/PROJ-1`;

type Registered = { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean };
/** The extension APIs read in the service worker (types only: evaluate sends the function's text). */
type Chromeish = { chrome: { scripting: { getRegisteredContentScripts: () => Promise<Registered[]> }; permissions: { contains: (p: { origins: string[] }) => Promise<boolean> } } };

describe('custom hosts (Jira Data Center on your own domain)', () => {
  let ext: LaunchedExtension;
  let worker: Worker;
  let admin: Page;
  beforeAll(async () => {
    // The script registered for the host is the lead's Jira content script (entrypoints/jira.content.ts).
    if (!existsSync(join(EXTENSION_DIR, 'content-scripts/jira.js'))) throw new Error('content-scripts/jira.js is not in .output/chrome-mv3: build with the Jira content script');
    ext = await launchExtension();
    worker = ext.context.serviceWorkers()[0]!;
    admin = await ext.context.newPage();
    await admin.goto(`chrome://extensions/?id=${ext.extensionId}`);
    await ext.context.route('https://*.acme.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>[PROJ-1] Ship it - Acme Jira</title><h1 id="summary-val">Ship it</h1>' }));
  });
  afterAll(async () => ext?.close());

  const siteAccess = (change: 'addHostPermission' | 'removeHostPermission') =>
    admin.evaluate(async ([id, origin, fn]) => {
      // chrome://extensions's own API; not typed for pages.
      const dp = (globalThis as unknown as { chrome: { developerPrivate: Record<string, (id: string, host: string) => Promise<void>> } }).chrome.developerPrivate;
      await dp[fn]!(id, origin);
    }, [ext.extensionId, ORIGIN, change] as const);
  const registered = () => worker.evaluate(() => (globalThis as unknown as Chromeish).chrome.scripting.getRegisteredContentScripts());
  const until = async <T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await read();
      if (ok(value) || Date.now() > deadline) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  /**
   * Opens the page and answers the isolated worlds OKR Lens's content script ran in (named after the
   * extension): awaited until one appears when `expected`, else read once the page is idle after
   * load, which is past document_end.
   */
  async function injected(url: string, expected: boolean): Promise<boolean> {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const worlds: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => void worlds.push(context.name));
    await cdp.send('Runtime.enable');
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
    const ran = expected ? await until(async () => worlds.includes('OKR Lens'), (x) => x) : worlds.includes('OKR Lens');
    await page.close();
    return ran;
  }

  it('adds the host, registers the Jira script there, and unregisters it when the permission is revoked', async () => {
    const page = await ext.context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-20T17:00:00Z'));
    await page.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Maya Chen' }).click();
    await page.goto(`chrome-extension://${ext.extensionId}/home.html#/settings`);
    const section = page.getByRole('region', { name: 'Jira Data Center and GitHub Enterprise on your own domain' });

    // Bad input is refused before the browser is asked.
    await section.getByLabel('Host or address').fill('*.acme.test');
    await section.getByRole('button', { name: 'Allow and add' }).click();
    await section.getByRole('alert').filter({ hasText: 'No wildcards: type one host, like jira.acme.com.' }).waitFor();

    await siteAccess('addHostPermission');
    await section.getByLabel('Host or address').fill(`https://${HOST}/jira/browse/PROJ-1`);
    await section.getByText(`Will ask for https://${HOST}`).waitFor();
    await section.getByLabel('Site').selectOption('jira');
    await section.getByLabel('Host or address').press('Enter');
    await section.getByRole('button', { name: `Remove ${HOST}` }).waitFor();
    await section.getByRole('status').filter({ hasText: `Added ${HOST} as Jira Data Center.` }).waitFor();

    const scripts = await until(registered, (s) => s.some((x) => x.id === SCRIPT_ID));
    expect(scripts.find((x) => x.id === SCRIPT_ID)).toMatchObject({ matches: [ORIGIN], js: ['content-scripts/jira.js'], runAt: 'document_end', persistAcrossSessions: true });
    expect(await injected(ISSUE, true)).toBe(true);
    expect(await injected('https://other.acme.test/jira/browse/PROJ-1', false)).toBe(false);

    mkdirSync('docs/screenshots', { recursive: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await section.screenshot({ path: 'docs/screenshots/settings-custom-hosts.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: 'docs/screenshots/settings-custom-hosts-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    // Revoked in the browser (chrome://extensions → Site access): the script goes, and so does the host in the list.
    await siteAccess('removeHostPermission');
    expect(await until(registered, (s) => !s.some((x) => x.id === SCRIPT_ID))).not.toContainEqual(expect.objectContaining({ id: SCRIPT_ID }));
    await section.getByText('No hosts added.').waitFor();
    expect(await injected(ISSUE, false)).toBe(false);
  });

  it('Remove gives the permission back and unregisters the script', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/home.html#/settings`);
    const section = page.getByRole('region', { name: 'Jira Data Center and GitHub Enterprise on your own domain' });
    await siteAccess('addHostPermission');
    await section.getByLabel('Host or address').fill(HOST);
    await section.getByRole('button', { name: 'Allow and add' }).click();
    await section.getByRole('button', { name: `Remove ${HOST}` }).click();
    await section.getByRole('status').filter({ hasText: `Removed ${HOST}: OKR Lens no longer opens there.` }).waitFor();
    await until(registered, (s) => !s.some((x) => x.id === SCRIPT_ID));
    expect(await worker.evaluate((origin) => (globalThis as unknown as Chromeish).chrome.permissions.contains({ origins: [origin] }), ORIGIN)).toBe(false);
    expect(await registered()).not.toContainEqual(expect.objectContaining({ id: SCRIPT_ID }));
  });
});
