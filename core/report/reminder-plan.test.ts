import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, period, person, workspace } from '../../test/builders.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import type { Workspace } from '../model/workspace.ts';
import { reminderPlan } from './reminder-plan.ts';

const settings = { ...DEFAULT_SETTINGS, timeZone: 'America/Los_Angeles', reminderTime: '08:30' };
const ws = (checkIns = [checkIn({ targetId: 'k1', time: '2026-11-18T18:00:00.000Z' })], extra: Partial<Workspace> = {}) => workspace({
  workspace: { id: 'ws', name: 'Acme', updatedAt: '2026-10-01T00:00:00.000Z', settings },
  people: [person({ id: 'ada' }), person({ id: 'bo' })],
  periods: [period(), period({ id: '2027-q1', name: '2027 Q1', start: '2027-01-01', end: '2027-03-31' })],
  objectives: [objective({ id: 'o1' }), objective({ id: 'o2', periodId: '2027-q1' })],
  keyResults: [keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'] }), keyResult({ id: 'k2', objectiveId: 'o1', ownerIds: ['ada'], checkInOwnerId: 'bo' })],
  checkIns,
  ...extra,
});

describe('reminderPlan', () => {
  it('waits for the day the next check-in falls due, at the reminder time in the workspace zone', () => {
    // Friday 20 Nov; Ada checked in on Wednesday 18th: due Wednesday 25th, 08:30 in Los Angeles.
    const plan = reminderPlan(ws([checkIn({ targetId: 'k1', time: '2026-11-18T18:00:00.000Z' }), checkIn({ targetId: 'k2', time: '2026-11-10T18:00:00.000Z' })]), 'ada', new Date('2026-11-20T20:00:00Z'));
    expect(plan).toEqual({ dueCount: 0, dueTitles: [], nextAt: new Date('2026-11-25T16:30:00Z') });
  });

  it('counts what is due now and reminds again every day while it is', () => {
    const before = reminderPlan(ws([]), 'ada', new Date('2026-11-20T16:00:00Z')); // 08:00 there
    expect(before).toMatchObject({ dueCount: 1, dueTitles: ['Raise activation from 20 to 40 %'], nextAt: new Date('2026-11-20T16:30:00Z') });
    expect(reminderPlan(ws([]), 'ada', new Date('2026-11-20T16:30:00Z')).nextAt).toEqual(new Date('2026-11-21T16:30:00Z'));
  });

  it('reminds only the check-in owner', () => {
    const plan = reminderPlan(ws([]), 'bo', new Date('2026-11-20T20:00:00Z'));
    expect(plan.dueCount).toBe(1); // k2, whose check-in owner Bo is; k1 is Ada's alone
    expect(plan.dueTitles).toHaveLength(1);
    expect(reminderPlan(ws([checkIn({ targetId: 'k2', time: '2026-11-20T18:00:00.000Z' })]), 'bo', new Date('2026-11-20T20:00:00Z')).dueCount).toBe(0);
  });

  it('wakes on the first day of a period not yet started, and never without a person or workspace', () => {
    const future = ws([], { keyResults: [keyResult({ id: 'k9', objectiveId: 'o2', ownerIds: ['ada'] })] });
    expect(reminderPlan(future, 'ada', new Date('2026-11-20T20:00:00Z'))).toEqual({ dueCount: 0, dueTitles: [], nextAt: new Date('2027-01-01T16:30:00Z') });
    expect(reminderPlan(undefined, 'ada', new Date())).toEqual({ dueCount: 0, dueTitles: [], nextAt: undefined });
    expect(reminderPlan(ws(), undefined, new Date()).nextAt).toBeUndefined();
    expect(reminderPlan(ws(), 'nobody', new Date()).nextAt).toBeUndefined();
  });

  it('reads 09:00 when the workspace names no reminder time', () => {
    const plain = ws([]);
    plain.workspace.settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
    expect(reminderPlan(plain, 'ada', new Date('2026-11-20T20:00:00Z')).nextAt).toEqual(new Date('2026-11-21T08:00:00Z'));
  });
});
