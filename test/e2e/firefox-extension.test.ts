import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../core/model/workspace.ts';
import { dueCheckInCount } from '../../core/report/my-check-ins.ts';
import { reminderPlan } from '../../core/report/reminder-plan.ts';

// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi (DESIGN.md "Firefox in
// tests"). BiDi refuses to navigate to moz-extension:// pages, but a tab the extension opens
// itself can be scripted: the first-run tab the background opens once it has prepared the
// database. Through it the test asks the background questions, as any extension page does.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv3');
// Polled, not per animation frame: a tab in the background may get no frames.
const WAIT = { timeout: 60_000, polling: 200 };

type Ext = typeof globalThis & { browser: {
  runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }> };
  action: { getBadgeText: (d: object) => Promise<string> };
  alarms: { getAll: () => Promise<{ name: string; scheduledTime: number }[]> };
} };
const ask = (page: Page, request: unknown) => page.evaluate((r) => (globalThis as Ext).browser.runtime.sendMessage({ channel: 'okr-lens', request: r }), request);

describe('the Firefox build in Firefox', () => {
  let browser: Browser;
  let home: Page;
  beforeAll(async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, enableExtensions: true });
    const opened = new Promise<Target>((ok) => browser.on('targetcreated', (t: Target) => t.type() === 'page' && ok(t)));
    expect(await browser.installExtension(EXTENSION_DIR)).toBe('okr-lens@okr-lens.app');
    home = (await (await opened).page())!;
  });
  afterAll(async () => browser?.close());

  it('installs, prepares its database and opens the first-run page, which the background answers', async () => {
    await home.waitForFunction(() => document.body.textContent?.includes('No OKRs in this browser yet'), WAIT);
    expect(await home.evaluate(() => location.href)).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/home\.html$/);
    const summary = await ask(home, { type: 'workspace.summary' });
    expect(summary).toMatchObject({ ok: true, value: { workspace: undefined, counts: { objectives: 0, checkIns: 0 } } });
    expect(await ask(home, { type: 'no.such.request' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('loads the demo company into IndexedDB, and reminds me: badge and alarm', async () => {
    // The first run has several buttons: press the one by its text, not the first one found.
    await home.locator('::-p-text(Load demo data)').click();
    await home.waitForFunction(() => document.querySelector('h1')?.textContent === 'Acme Analytics', WAIT);
    expect(await ask(home, { type: 'me.set', personId: 'priya' })).toMatchObject({ ok: true });
    const ws = (await ask(home, { type: 'workspace.get' })).value as Workspace;
    expect(ws.checkIns.filter((c) => c.targetType === 'keyResult')).toHaveLength(150);
    // The background counts on the real clock; so does this expectation.
    const due = dueCheckInCount(ws, 'priya', new Date());
    await expect.poll(() => home.evaluate(() => (globalThis as Ext).browser.action.getBadgeText({})), WAIT).toBe(due > 0 ? String(due) : '');
    const alarms = await home.evaluate(() => (globalThis as Ext).browser.alarms.getAll());
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([['okr-lens-check-in-reminder', reminderPlan(ws, 'priya', new Date()).nextAt?.getTime()]]);
  });
});
