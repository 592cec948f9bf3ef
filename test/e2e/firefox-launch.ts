import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { WAIT } from './firefox-overlay-kit.ts';

// Debian's Firefox ESR with the built Firefox extension, over WebDriver BiDi, holding the demo
// company. BiDi cannot open moz-extension:// pages, so the data goes in through the first-run tab
// the background opens itself, asking the background as any extension page does.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv3');

export type Reply = { ok: boolean; value?: unknown; error?: { message: string } };
type Ext = typeof globalThis & { browser: { runtime: { sendMessage: (m: unknown) => Promise<Reply> } } };
export type FirefoxWithDemo = { browser: Browser; ask: (request: unknown) => Promise<Reply> };

export async function launchFirefoxWithDemo(me: string): Promise<FirefoxWithDemo> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, enableExtensions: true });
  const opened = new Promise<Target>((ok) => browser.on('targetcreated', (t: Target) => t.type() === 'page' && ok(t)));
  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== 'okr-lens@okr-lens.app') throw new Error(`launchFirefoxWithDemo: installed as ${id}`);
  const home = await (await opened).page();
  if (!home) throw new Error('launchFirefoxWithDemo: the first-run tab did not open');
  await home.waitForFunction(() => document.body.textContent?.includes('No OKRs in this browser yet'), WAIT);
  const ask = (request: unknown) => home.evaluate((r) => (globalThis as Ext).browser.runtime.sendMessage({ channel: 'okr-lens', request: r }), request);
  const steps = [
    { type: 'bundle.import', text: readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8'), fileName: 'acme-analytics.okr.json' },
    { type: 'me.set', personId: me },
  ];
  for (const step of steps) {
    const reply = await ask(step);
    if (!reply.ok) throw new Error(`launchFirefoxWithDemo: ${step.type} failed: ${reply.error?.message}`);
  }
  return { browser, ask };
}
