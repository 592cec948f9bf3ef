import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openStore } from '../../core/store/okr-store.ts';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Migrate the database at install/update time, not on the first overlay request.
    void openStore().then((store) => store.close());
  });
  browser.action.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/home.html') });
  });
});
