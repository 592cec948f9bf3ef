import { describe, expect, it } from 'vitest';
import { errorOf, loadedBackground, valueOf } from './test-kit.ts';

describe('settings.update', () => {
  it('changes the settings given, keeps the others, and broadcasts the workspace', async () => {
    const bg = await loadedBackground();
    const info = valueOf(await bg.call({ type: 'settings.update', changes: { sharedOkrs: false, reminderTime: '08:30', tags: ['growth', 'Growth'] } }));
    expect(info.settings).toMatchObject({ sharedOkrs: false, reminderTime: '08:30', tags: ['growth', 'Growth'], checkInCadenceDays: 7 });
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).workspace?.settings.reminderTime).toBe('08:30');
    expect(bg.events.map((e) => [e.cause, e.scope])).toEqual([['settings.update', 'workspace']]);
    const removed = valueOf(await bg.call({ type: 'settings.update', changes: { reminderTime: null } }));
    expect(removed.settings.reminderTime).toBeUndefined();
  });

  it.each([
    [{ reminderTime: '25:00' }, 'settings: workspace "ws", field settings.reminderTime: '],
    [{ checkInCadenceDays: 0 }, 'settings: workspace "ws", field settings.checkInCadenceDays: must be at least 1'],
    [{ statusThresholds: { behindBelowPace: 30, atRiskBelowPace: 10, offTrackBelowPace: 50 } }, 'settings: workspace "ws", field settings.statusThresholds.atRiskBelowPace: is 10, below "behind" (30)'],
  ])('refuses %j, naming the field, and changes nothing', async (changes, message) => {
    const bg = await loadedBackground();
    const error = errorOf(await bg.call({ type: 'settings.update', changes }));
    expect(error.code).toBe('invalid');
    expect(error.message.startsWith(message)).toBe(true);
    expect(bg.events).toEqual([]);
  });
});

describe('edits follow the settings', () => {
  it('refuses a second owner once shared OKRs are off, beside the field', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'objective.update', id: 'o1', changes: { ownerIds: ['ada', 'grace'] } }));
    valueOf(await bg.call({ type: 'settings.update', changes: { sharedOkrs: false } }));
    const error = errorOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { ownerIds: ['ada', 'grace'] } }));
    expect(error.message).toBe('key results: keyResult "k1", field ownerIds: has 2 owners, but shared OKRs are off in this workspace: one owner; nothing was changed');
  });
});
