import { browser } from 'wxt/browser';
import { CAPTURE_REQUEST } from '../overlay-store/capture-request.ts';

/** The part of `tabs` the popup uses; tests pass a fake. */
export type TabsLike = {
  query: (q: { active: true; lastFocusedWindow: true }) => Promise<{ id?: number }[]>;
  sendMessage: (tabId: number, message: unknown) => Promise<unknown>;
};

export const NOT_ON_THIS_TAB = 'OKR Lens is not on this tab: open a Jira, GitHub or Salesforce page (or a host added in Settings), then try again.';

/**
 * Asks the active tab's overlay to capture a number, on any page of a supported host, even one
 * that shows no issue or record (a Jira filter's issue count). Answers a problem to show, or undefined.
 */
export async function captureFromTab(tabs: TabsLike = browser.tabs): Promise<string | undefined> {
  const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return NOT_ON_THIS_TAB;
  try {
    return (await tabs.sendMessage(tab.id, CAPTURE_REQUEST)) === true ? undefined : NOT_ON_THIS_TAB;
  } catch {
    // "Receiving end does not exist": no content script of ours in that tab.
    return NOT_ON_THIS_TAB;
  }
}
