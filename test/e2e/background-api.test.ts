import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../extension/messages/envelope.ts';
import type { Result } from '../../extension/messages/result.ts';
import { launchExtension, type LaunchedExtension } from './launch-extension.ts';

// The message API in real Chromium: five extension tabs check in at the same moment through the
// background; every check-in lands and every tab hears every `changed` broadcast.
type Harness = { send: (request: unknown) => Promise<Result<unknown>>; heard: ChangedEvent[]; armOn: (channel: string, request: unknown) => Promise<Result<unknown>> };
type WithHarness = typeof globalThis & { okrLensE2e: Harness; armed?: Promise<Result<unknown>> };

const NOW = new Date('2026-11-20T17:00:00Z');
const KR = 'q4-company-kr3';
const TABS = [1, 2, 3, 4, 5];
const WAIT = { timeout: 60_000 };

describe('background message API in Chromium', () => {
  let ext: LaunchedExtension;
  let harness: string;
  beforeAll(async () => {
    const bundle = await build({ entryPoints: ['test/e2e/message-client-harness.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120' });
    harness = bundle.outputFiles[0]!.text;
    ext = await launchExtension();
    // Once for the whole context: Playwright's clock is the context's, and every tab shares it.
    await ext.context.clock.setFixedTime(NOW);
  });
  afterAll(async () => ext?.close());

  async function openTab(): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/home.html`);
    await page.evaluate(harness);
    return page;
  }
  const send = (page: Page, request: unknown) => page.evaluate((r) => (globalThis as WithHarness).okrLensE2e.send(r), request);

  it('migrates at install, before any page asks', async () => {
    const worker = ext.context.serviceWorkers()[0]!;
    await expect.poll(() => worker.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'okr-lens')?.version), { timeout: 60_000 }).toBe(3);
  });

  it('lands five check-ins sent from five tabs at the same moment, and tells every tab', async () => {
    const tabs = await Promise.all(TABS.map(() => openTab()));
    const first = tabs[0]!;
    const imported = await send(first, { type: 'bundle.import', text: readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8'), fileName: 'acme-analytics.okr.json' });
    expect(imported).toMatchObject({ ok: true, value: { counts: { checkIns: 168, kpis: 5 } } });

    await Promise.all(tabs.map((page, i) => page.evaluate(({ n, kr, time }) => {
      const g = globalThis as WithHarness;
      g.okrLensE2e.heard.length = 0;
      g.armed = g.okrLensE2e.armOn('okr-lens-e2e-go', { type: 'checkIn.add', draft: { id: `e2e-tab-${n}`, targetType: 'keyResult', targetId: kr, time, value: 33 + n, status: 'on-track', authorId: 'maya', note: `from tab ${n}` } });
    }, { n: TABS[i]!, kr: KR, time: new Date(NOW.getTime() + i * 1000).toISOString() })));
    // One post reaches every armed page's channel (the posting object itself is not armed).
    await first.evaluate(() => new BroadcastChannel('okr-lens-e2e-go').postMessage('go'));

    const results = await Promise.all(tabs.map((page) => page.evaluate(() => (globalThis as WithHarness).armed!)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);

    const stored = await send(first, { type: 'checkIns.forTarget', targetId: KR, from: NOW.toISOString() });
    expect(stored.ok && (stored.value as { id: string }[]).map((c) => c.id).sort()).toEqual(TABS.map((n) => `e2e-tab-${n}`));

    const expected = TABS.map((n) => `e2e-tab-${n}`);
    for (const page of tabs) {
      await page.waitForFunction((ids) => {
        const heard = (globalThis as WithHarness).okrLensE2e.heard.filter((e) => e.cause === 'checkIn.add').flatMap((e) => e.ids);
        return ids.every((id) => heard.includes(id));
      }, expected, WAIT);
    }
    const summary = await send(first, { type: 'workspace.summary' });
    expect(summary).toMatchObject({ ok: true, value: { counts: { checkIns: 173 } } });
  });

  it('answers a bad check-in with an error naming record and field, and stores nothing', async () => {
    const page = await openTab();
    const before = await send(page, { type: 'workspace.summary' });
    const result = await send(page, { type: 'checkIn.add', draft: { id: 'e2e-bad', targetType: 'keyResult', targetId: 'nope', status: 'on-track', authorId: 'maya' } });
    expect(result).toMatchObject({ ok: false, error: { feature: 'check-in', code: 'invalid', message: 'check-in: checkIn "e2e-bad", field targetId: no key result has id "nope"; nothing was changed' } });
    expect(await send(page, { type: 'workspace.summary' })).toEqual(before);
  });
});
