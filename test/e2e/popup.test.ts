import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../core/model/workspace.ts';
import { dueCheckInCount, myCheckIns } from '../../core/report/my-check-ins.ts';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// The popup as a page of the built extension in Chromium: Priya's check-ins due first, a check-in
// by keyboard, the home page following it live, the toolbar badge, axe in light and dark.
// Pages run on a pinned clock: Tuesday 24 November 2026, 09:00 in New York, when every Q4 key
// result last checked in on Monday 16th is due. The service worker keeps the real clock (Playwright
// cannot pin it), so the badge is compared with the core's count at the real time.
const NOW = new Date('2026-11-24T14:00:00Z');
const ME = 'priya';
const KR = 'Activation of invited teammates from 40 % to 60 %';
const WAIT = { timeout: 60_000 };
const demo: Workspace = JSON.parse(readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8'));

type Chromeish = typeof globalThis & { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: unknown }> }; action: { getBadgeText: (d: object) => Promise<string> } } };
const request = (page: Page, req: unknown) => page.evaluate((r) => (globalThis as Chromeish).chrome.runtime.sendMessage({ channel: 'okr-lens', request: r }), req);
const badge = (page: Page) => page.evaluate(() => (globalThis as Chromeish).chrome.action.getBadgeText({}));
/** What the badge should say now: the core's count on the stored workspace at the real time, as the background counts. */
async function expectedBadge(page: Page): Promise<string> {
  const ws = await request(page, { type: 'workspace.get' });
  const count = dueCheckInCount(ws.value as Workspace, ME, new Date());
  return count > 0 ? String(count) : '';
}

describe('popup', () => {
  let ext: LaunchedExtension;
  let home: Page;
  let popup: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.context.clock.setFixedTime(NOW);
    home = await ext.context.newPage();
    await home.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await home.getByRole('button', { name: 'Load demo data' }).click(WAIT);
    await home.getByRole('heading', { name: 'Acme Analytics' }).waitFor(WAIT);
  });
  afterAll(async () => ext?.close());

  it('asks who I am until I said so, with a link to the home page', async () => {
    popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 520 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('link', { name: 'choose yourself on the home page' }).waitFor(WAIT);
    await popup.getByRole('link', { name: 'Open OKR Lens' }).waitFor(WAIT);
    expect(await request(popup, { type: 'me.set', personId: ME })).toMatchObject({ ok: true });
  });

  it('lists my due check-ins first, and the badge counts them', async () => {
    const due = myCheckIns(demo, ME, NOW).due.map((r) => r.keyResult.title);
    expect(due).toHaveLength(3);
    const dueList = popup.getByRole('region', { name: `Due for a check-in (${due.length})` });
    await dueList.waitFor(WAIT);
    expect(await dueList.locator('.kr-pick').allTextContents()).toEqual(due);
    await expect.poll(async () => (await badge(popup)) === (await expectedBadge(popup)), WAIT).toBe(true);
  });

  it('opens by Alt+Shift+O and asks for no host permissions', async () => {
    const manifest = await popup.evaluate(() => (globalThis as Chromeish & { chrome: { runtime: { getManifest: () => Record<string, unknown> } } }).chrome.runtime.getManifest());
    expect(manifest).toMatchObject({ action: { default_popup: 'popup.html' }, commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+O' } } } });
    // scripting registers the overlay on a custom host the person grants (docs/custom-hosts.md).
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting']);
    expect(manifest).not.toHaveProperty('host_permissions');
    // Hosts beyond the overlays' own sites are only ever asked for at runtime, one at a time.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(JSON.stringify(manifest.content_scripts)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('has no axe violations and is screenshotted, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page: popup }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await popup.screenshot({ path: `docs/screenshots/popup-${scheme}.png`, fullPage: true });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('copies the weekly update of my team', async () => {
    // Reading the clipboard back needs a permission Chromium will not grant an extension origin
    // here: the page's clipboard keeps what it was given instead.
    await popup.evaluate(() => { navigator.clipboard.writeText = async (t: string) => void ((globalThis as { copied?: string }).copied = t); });
    await popup.getByRole('button', { name: 'Copy weekly update' }).click(WAIT);
    await popup.getByRole('status').filter({ hasText: 'Weekly update copied' }).waitFor(WAIT);
    const text = await popup.evaluate(() => (globalThis as { copied?: string }).copied);
    expect(text).toMatch(/^\*\*Growth: week of 17–24 Nov 2026\*\*\n2026 Q4: 59 % of the period has passed\.\n/);
    expect(text).toContain('**Needs attention**');
  });

  it('takes a check-in by keyboard; the list, the open home page and the badge follow', async () => {
    const before = await badge(popup);
    await popup.getByRole('button', { name: KR }).focus();
    await popup.keyboard.press('Enter');
    const form = popup.getByRole('form', { name: `Check in: ${KR}` });
    await form.waitFor(WAIT);
    await form.getByText('Last').waitFor(WAIT);
    expect(await form.locator('.facts').textContent()).toContain('50 % · Behind');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: 'test-results/popup-check-in.png', fullPage: true });
    await popup.keyboard.type('57');
    await popup.keyboard.press('Enter');

    await popup.getByRole('status').filter({ hasText: `Checked in: ${KR}, 57 %` }).waitFor(WAIT);
    await popup.getByRole('region', { name: 'Due for a check-in (2)' }).waitFor(WAIT);
    const moved = popup.getByRole('region', { name: 'Also yours' }).getByRole('listitem').filter({ hasText: KR });
    await moved.getByText('57 % (85 %)').waitFor(WAIT);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent), WAIT).toBe(KR); // back where I was

    // The home page was open all along and is not reloaded: the broadcast brings the new value.
    await home.getByRole('listitem').filter({ hasText: KR }).getByText('85 %').waitFor(WAIT);
    await expect.poll(async () => (await badge(popup)) === (await expectedBadge(popup)), WAIT).toBe(true);
    // While Q4 2026 runs on the real clock the badge counted this key result, and now does not.
    if (before !== '') expect(Number(await badge(popup))).toBe(Number(before) - 1);
  });
});
