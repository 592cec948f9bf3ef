import type { Workspace } from '../../../core/model/workspace.ts';
import { reminderPlan, type ReminderPlan } from '../../../core/report/reminder-plan.ts';
import type { Result } from '../../messages/result.ts';
import { DUE_NOTIFICATION, REMINDER_ALARM, type ReminderBrowser } from './reminder-browser.ts';

/** How reminders read the workspace and who I am: through the background's own router. */
export type ReminderSource = { workspace: () => Promise<Result<Workspace | undefined>>; me: () => Promise<Result<{ personId: string | undefined }>> };

const dueMessage = (plan: ReminderPlan) => {
  const shown = plan.dueTitles.slice(0, 3).join('\n');
  const more = plan.dueTitles.length > 3 ? `\n…and ${plan.dueTitles.length - 3} more` : '';
  return `${shown}${more}`;
};

/**
 * The badge, the alarm and the notification for the person using this browser. `refresh` runs
 * after every change, at startup and on the alarm; calls that arrive while one runs are folded
 * into one more run, so a burst of check-ins reads the workspace twice, not once each.
 */
export function createReminders(source: ReminderSource, api: ReminderBrowser, now: () => Date = () => new Date()) {
  let running: Promise<ReminderPlan> | undefined;
  let again = false;

  async function plan(): Promise<ReminderPlan> {
    const [ws, me] = await Promise.all([source.workspace(), source.me()]);
    const result = reminderPlan(ws.ok ? ws.value : undefined, me.ok ? me.value.personId : undefined, now());
    await api.action.setBadgeText({ text: result.dueCount > 0 ? String(result.dueCount) : '' });
    if (result.nextAt) await api.alarms.create(REMINDER_ALARM, { when: result.nextAt.getTime() });
    else await api.alarms.clear(REMINDER_ALARM);
    return result;
  }

  function refresh(): Promise<ReminderPlan> {
    if (running) {
      again = true;
      return running;
    }
    running = plan().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void refresh();
      }
    });
    return running;
  }

  return {
    refresh,
    async onAlarm(alarm: { name: string }): Promise<void> {
      if (alarm.name !== REMINDER_ALARM) return;
      const result = await refresh();
      if (result.dueCount === 0) return;
      const title = result.dueCount === 1 ? '1 check-in due' : `${result.dueCount} check-ins due`;
      await api.notifications.create(DUE_NOTIFICATION, { type: 'basic', iconUrl: api.runtime.getURL('/icon/128.png'), title: `OKR Lens: ${title}`, message: dueMessage(result) });
    },
    async onNotificationClicked(id: string): Promise<void> {
      if (id !== DUE_NOTIFICATION) return;
      await api.notifications.clear(id);
      try {
        if (!api.action.openPopup) throw new Error('no openPopup');
        await api.action.openPopup();
      } catch {
        // No focused window (Chrome) or not a user action (Firefox): the home page has the same list.
        await api.tabs.create({ url: api.runtime.getURL('/home.html') });
      }
    },
  };
}
