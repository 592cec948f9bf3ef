import { describe, expect, it, vi } from 'vitest';
import { loadedBackground, valueOf } from '../test-kit.ts';
import { DUE_NOTIFICATION, REMINDER_ALARM, type ReminderBrowser } from './reminder-browser.ts';
import { createReminders } from './reminders.ts';

function fakeBrowser({ popup = true } = {}) {
  const calls: string[] = [];
  const api: ReminderBrowser = {
    action: {
      setBadgeText: async ({ text }) => void calls.push(`badge ${JSON.stringify(text)}`),
      setBadgeBackgroundColor: async () => undefined,
      ...(popup ? { openPopup: async () => void calls.push('popup') } : {}),
    },
    alarms: { create: (name, { when }) => calls.push(`alarm ${name} ${new Date(when).toISOString()}`), clear: async (name) => (calls.push(`clear ${name}`), true) },
    notifications: { create: async (id, o) => (calls.push(`notify ${id} ${o.title} | ${o.message}`), id), clear: async (id) => (calls.push(`dismiss ${id}`), true) },
    tabs: { create: async ({ url }) => calls.push(`tab ${url}`) },
    runtime: { getURL: (path) => `ext://id${path}` },
  };
  return { api, calls };
}

// The sample workspace (test-kit): Ada checks in for k1 (checked in on 1 Nov), Grace for k2 and k3 (never).
async function setup(me: string | undefined, popup = true) {
  const bg = await loadedBackground();
  if (me) valueOf(await bg.call({ type: 'me.set', personId: me }));
  const fake = fakeBrowser({ popup });
  const reminders = createReminders({ workspace: () => bg.call({ type: 'workspace.get' }), me: () => bg.call({ type: 'me.get' }) }, fake.api, () => new Date('2026-11-20T20:00:00Z'));
  return { bg, reminders, ...fake };
}

describe('reminders', () => {
  it('badges the check-ins due for me as check-in owner and sets the next alarm', async () => {
    const { reminders, calls } = await setup('grace');
    await reminders.refresh();
    // Both of Grace's are due now: badge 2, reminded again tomorrow at 09:00 UTC (the sample workspace's zone).
    expect(calls).toEqual(['badge "2"', `alarm ${REMINDER_ALARM} 2026-11-21T09:00:00.000Z`]);
  });

  it('clears the badge and the alarm when nobody said who they are', async () => {
    const { reminders, calls } = await setup(undefined);
    await reminders.refresh();
    expect(calls).toEqual(['badge ""', `clear ${REMINDER_ALARM}`]);
  });

  it('notifies on the alarm only when something is due, naming the key results', async () => {
    const grace = await setup('grace');
    await grace.reminders.onAlarm({ name: REMINDER_ALARM });
    expect(grace.calls.at(-1)).toMatch(new RegExp(`^notify ${DUE_NOTIFICATION} OKR Lens: 2 check-ins due \\| .+\\n.+$`));
    await grace.reminders.onAlarm({ name: 'something else' });
    expect(grace.calls.filter((c) => c.startsWith('notify'))).toHaveLength(1);

    const ada = await setup('ada');
    valueOf(await ada.bg.call({ type: 'checkIn.add', draft: { targetType: 'keyResult', targetId: 'k1', value: 30, status: 'on-track', authorId: 'ada' } }));
    await ada.reminders.onAlarm({ name: REMINDER_ALARM });
    expect(ada.calls.some((c) => c.startsWith('notify'))).toBe(false);
    expect(ada.calls[0]).toBe('badge ""');
  });

  it('opens the popup from the notification, or the home page where it cannot', async () => {
    const withPopup = await setup('grace');
    await withPopup.reminders.onNotificationClicked(DUE_NOTIFICATION);
    expect(withPopup.calls).toEqual([`dismiss ${DUE_NOTIFICATION}`, 'popup']);
    const without = await setup('grace', false);
    await without.reminders.onNotificationClicked(DUE_NOTIFICATION);
    expect(without.calls).toEqual([`dismiss ${DUE_NOTIFICATION}`, 'tab ext://id/home.html']);
  });

  it('folds refreshes that arrive while one runs into one more', async () => {
    const { reminders, calls } = await setup('grace');
    const badges = () => calls.filter((c) => c.startsWith('badge')).length;
    await Promise.all([reminders.refresh(), reminders.refresh(), reminders.refresh()]);
    await vi.waitFor(() => expect(badges()).toBe(2), { timeout: 30_000 });
    // Nothing else is queued: a third run would have set the badge again by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(badges()).toBe(2);
  });
});
