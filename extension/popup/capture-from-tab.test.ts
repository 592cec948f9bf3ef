import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flush, installDom } from '../../test/dom/linkedom-dom.ts';
import { CAPTURE_REQUEST, isCaptureRequest } from '../overlay-store/capture-request.ts';
import { CaptureButton } from './capture-button.tsx';
import { captureFromTab, NOT_ON_THIS_TAB, type TabsLike } from './capture-from-tab.ts';

function fakeTabs(answer: () => Promise<unknown>, tabs: { id?: number }[] = [{ id: 7 }]) {
  const sent: [number, unknown][] = [];
  const api: TabsLike = { query: async () => tabs, sendMessage: async (id, message) => { sent.push([id, message]); return answer(); } };
  return { api, sent };
}

describe('captureFromTab', () => {
  it('asks the active tab to capture, and is done when its overlay answers', async () => {
    const { api, sent } = fakeTabs(async () => true);
    expect(await captureFromTab(api)).toBeUndefined();
    expect(sent).toEqual([[7, CAPTURE_REQUEST]]);
    expect(isCaptureRequest(sent[0]![1])).toBe(true);
  });

  it.each([
    ['no content script in the tab', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ['a listener that does not answer', async () => undefined],
  ])('says OKR Lens is not on the tab when there is %s', async (_, answer) => {
    expect(await captureFromTab(fakeTabs(answer).api)).toBe(NOT_ON_THIS_TAB);
  });

  it('says so when there is no active tab', async () => {
    expect(await captureFromTab(fakeTabs(async () => true, []).api)).toBe(NOT_ON_THIS_TAB);
  });

  it('leaves other messages alone', () => {
    expect(isCaptureRequest({ channel: 'okr-lens', request: { type: 'me.get' } })).toBe(false);
    expect(isCaptureRequest({ overlay: 'capture' })).toBe(false);
  });
});

describe('CaptureButton', () => {
  let root: HTMLElement;
  beforeEach(() => {
    const doc = installDom();
    root = doc.createElement('div');
    doc.body.append(root);
  });

  it('closes the popup when the tab took the request, and shows the problem when not', async () => {
    const close = vi.fn();
    render(h(CaptureButton, { tabs: fakeTabs(async () => true).api, close }), root);
    root.querySelector('button')!.click();
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce(), { timeout: 30_000 });
    render(h(CaptureButton, { tabs: fakeTabs(async () => undefined).api, close: vi.fn() }), root);
    root.querySelector('button')!.click();
    await flush();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe(NOT_ON_THIS_TAB), { timeout: 30_000 });
  });
});
