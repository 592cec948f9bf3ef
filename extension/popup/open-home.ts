import { browser } from 'wxt/browser';

/**
 * Opens the home page in a tab. With a popup set, the toolbar button no longer opens it, so the
 * popup's link does; a plain link in a popup is not reliably opened in a tab by every browser.
 */
export function openHome(event: Event, hash = ''): void {
  event.preventDefault();
  void browser.tabs.create({ url: browser.runtime.getURL(`/home.html${hash}`) }).then(() => window.close());
}
