/** The parts of the extension API reminders use; unit tests pass a fake that records calls. */
export type ReminderBrowser = {
  action: {
    setBadgeText: (details: { text: string }) => Promise<void>;
    setBadgeBackgroundColor: (details: { color: string }) => Promise<void>;
    /** Chrome 127+; Firefox only during a user action: callers fall back to the home page. */
    openPopup?: () => Promise<void>;
  };
  alarms: { create: (name: string, info: { when: number }) => unknown; clear: (name: string) => Promise<boolean> };
  notifications: {
    create: (id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }) => Promise<string>;
    clear: (id: string) => Promise<boolean>;
  };
  tabs: { create: (options: { url: string }) => Promise<unknown> };
  runtime: { getURL: (path: '/home.html' | '/icon/128.png') => string };
};

export const REMINDER_ALARM = 'okr-lens-check-in-reminder';
export const DUE_NOTIFICATION = 'okr-lens-check-ins-due';
