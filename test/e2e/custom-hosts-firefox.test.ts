import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Custom hosts in Firefox, with a real permissions.request: Firefox's
// `extensions.webextOptionalPermissionPrompts` pref off grants optional permissions without the
// prompt (a test-only setting), so the click on "Allow and add" goes through the page's own
// request. BiDi cannot open moz-extension:// pages, but the first-run tab the extension opens
// itself can be scripted (as in firefox-extension.test.ts), and the settings are a hash away.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv3');
const WAIT = { timeout: 60_000, polling: 200 };
const HOST = 'jira.acme.test';
const ORIGIN = `https://${HOST}/*`;
const SCRIPT_ID = `okr-lens-custom-host:https://${HOST}`;

type Registered = { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean };
type Ext = typeof globalThis & { browser: {
  scripting: { getRegisteredContentScripts: () => Promise<Registered[]> };
  permissions: { contains: (p: { origins: string[] }) => Promise<boolean>; remove: (p: { origins: string[] }) => Promise<boolean> };
} };

describe('custom hosts in Firefox', () => {
  let browser: Browser;
  let home: Page;
  beforeAll(async () => {
    if (!existsSync(join(EXTENSION_DIR, 'content-scripts/jira.js'))) throw new Error('content-scripts/jira.js is not in .output/firefox-mv3: build with the Jira content script');
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, enableExtensions: true, extraPrefsFirefox: { 'extensions.webextOptionalPermissionPrompts': false } });
    const opened = new Promise<Target>((ok) => browser.on('targetcreated', (t: Target) => t.type() === 'page' && ok(t)));
    await browser.installExtension(EXTENSION_DIR);
    home = (await (await opened).page())!;
    await home.waitForFunction(() => document.body.textContent?.includes('No OKRs in this browser yet'), WAIT);
    await home.locator('::-p-text(Load demo data)').click();
    await home.waitForFunction(() => document.querySelector('h1')?.textContent === 'Acme Analytics', WAIT);
    await home.locator('::-p-text(Maya Chen)').click();
  });
  afterAll(async () => browser?.close());

  const registered = () => home.evaluate(() => (globalThis as Ext).browser.scripting.getRegisteredContentScripts());
  const ours = async () => (await registered()).find((s) => s.id === SCRIPT_ID);

  it('grants the host through the page’s own permissions.request, registers the script, and unregisters it when revoked', async () => {
    await home.evaluate(() => void (location.hash = '#/settings'));
    await home.waitForSelector('#custom-host-input', WAIT);
    await home.locator('#custom-host-input').fill(HOST);
    await home.locator('::-p-text(Allow and add)').click();
    await home.waitForFunction((h) => [...document.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === `Remove ${h}`), WAIT, HOST);
    expect(await home.evaluate((o) => (globalThis as Ext).browser.permissions.contains({ origins: [o] }), ORIGIN)).toBe(true);
    await home.waitForFunction(async (id) => (await (globalThis as Ext).browser.scripting.getRegisteredContentScripts()).some((s) => s.id === id), WAIT, SCRIPT_ID);
    expect(await ours()).toMatchObject({ matches: [ORIGIN], js: ['content-scripts/jira.js'], runAt: 'document_end', persistAcrossSessions: true });

    // Revoked outside the settings list (as about:addons → Permissions does): permissions.onRemoved unregisters.
    await home.evaluate((o) => (globalThis as Ext).browser.permissions.remove({ origins: [o] }), ORIGIN);
    await home.waitForFunction(async (id) => !(await (globalThis as Ext).browser.scripting.getRegisteredContentScripts()).some((s) => s.id === id), WAIT, SCRIPT_ID);
    await home.waitForFunction(() => document.body.textContent?.includes('No hosts added.'), WAIT);
    expect(await ours()).toBeUndefined();
  });
});
