import { browser } from 'wxt/browser';
import type { ChangedEvent } from '../../messages/envelope.ts';
import type { ReminderBrowser } from './reminder-browser.ts';
import { createReminders, type ReminderSource } from './reminders.ts';

// Scopes after which what is due may have changed; an export or a new backup changes nothing due.
const AFFECTS_DUE = new Set<ChangedEvent['scope']>(['records', 'workspace', 'me']);

const api: ReminderBrowser = {
  action: {
    setBadgeText: (d) => browser.action.setBadgeText(d),
    setBadgeBackgroundColor: (d) => browser.action.setBadgeBackgroundColor(d),
    openPopup: () => browser.action.openPopup(),
  },
  alarms: { create: (name, info) => browser.alarms.create(name, info), clear: (name) => browser.alarms.clear(name) },
  notifications: { create: (id, options) => browser.notifications.create(id, options), clear: (id) => browser.notifications.clear(id) },
  tabs: { create: (options) => browser.tabs.create(options) },
  runtime: { getURL: (path) => browser.runtime.getURL(path) },
};

const report = (e: unknown) => console.error('OKR Lens: reminders failed', e);

/**
 * Registers the reminder listeners synchronously (a worker woken by the alarm or a click must
 * find them) and returns what the background calls after each change.
 */
export function wireReminders(source: ReminderSource): { afterChange: (event: ChangedEvent) => void; refresh: () => void } {
  const reminders = createReminders(source, api);
  const refresh = () => void reminders.refresh().catch(report);
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm).catch(report));
  browser.notifications.onClicked.addListener((id) => void reminders.onNotificationClicked(id).catch(report));
  browser.runtime.onStartup.addListener(refresh);
  void browser.action.setBadgeBackgroundColor({ color: '#b3261e' }).catch(report);
  return { afterChange: (event) => AFFECTS_DUE.has(event.scope) && refresh(), refresh };
}
