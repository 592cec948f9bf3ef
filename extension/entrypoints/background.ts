import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../background/create-background.ts';
import { runtimeBroadcast } from '../background/broadcast.ts';
import { messageListener } from '../background/message-listener.ts';
import { linkSummaryRefresher } from '../background/link-summary/refresh-link-summary.ts';
import { wireReminders } from '../background/reminders/wire-reminders.ts';
import { wireCustomHosts } from '../background/custom-hosts/wire-custom-hosts.ts';

export default defineBackground(() => {
  const toPages = runtimeBroadcast(browser.runtime);
  // The reminders read through the router, which exists only once the broadcast is handed over.
  // One read of the workspace per change, shared by the reminders and the overlays' summary, which
  // both recompute after every broadcast (the read is the costly part with a large workspace).
  let sharedRead: ReturnType<typeof background.call<'workspace.get'>> | undefined;
  const currentWorkspace = () => (sharedRead ??= background.call({ type: 'workspace.get' }).then((r) => {
    if (!r.ok) sharedRead = undefined; // a failed read is tried again, not kept
    return r;
  }));
  const reminders = wireReminders({ workspace: currentWorkspace, me: () => background.call({ type: 'me.get' }) });
  // Overlays read a per-link summary from storage.local (DESIGN.md traps): rewritten after every change.
  const refreshOverlays = linkSummaryRefresher(browser.storage.local, {
    workspace: () => currentWorkspace().then((r) => (r.ok ? r.value : undefined)),
    me: () => background.call({ type: 'me.get' }).then((r) => (r.ok ? r.value.personId : undefined)),
    now: () => new Date(),
  });
  const overlaysAfterChange = () => void refreshOverlays().catch((e: unknown) => console.error('OKR Lens overlays: refreshing the link summary failed', e));
  const background = createBackground({ broadcast: (event) => { sharedRead = undefined; toPages(event); reminders.afterChange(event); overlaysAfterChange(); } });
  // Registered synchronously: a service worker woken by a message must have its listener in place.
  browser.runtime.onMessage.addListener(messageListener(background.handle));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Migrate at install and update, not on the first overlay request (the first open is the slow part).
    background.prepare().then(() => {
      reminders.refresh();
      overlaysAfterChange();
      // First run: the home page says what OKR Lens is and asks who you are.
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/home.html') });
    }, (e: unknown) => console.error('OKR Lens: preparing the database failed', e));
  });
  // Pace moves with the calendar: a new browser session recomputes where every linked item stands.
  browser.runtime.onStartup.addListener(overlaysAfterChange);
  // Jira Data Center and GitHub Enterprise hosts the person granted in the settings: their content scripts.
  void wireCustomHosts();
  // The toolbar button opens the popup; the popup links to the home page ("Open OKR Lens").
});
