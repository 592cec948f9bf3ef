import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../background/create-background.ts';
import { runtimeBroadcast } from '../background/broadcast.ts';
import { messageListener } from '../background/message-listener.ts';

export default defineBackground(() => {
  const background = createBackground({ broadcast: runtimeBroadcast(browser.runtime) });
  // Registered synchronously: a service worker woken by a message must have its listener in place.
  browser.runtime.onMessage.addListener(messageListener(background.handle));
  browser.runtime.onInstalled.addListener(() => {
    // Migrate at install and update, not on the first overlay request (the first open is the slow part).
    background.prepare().catch((e: unknown) => console.error('OKR Lens: preparing the database failed', e));
  });
  browser.action.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/home.html') });
  });
});
