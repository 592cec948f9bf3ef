import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, period, person, workspace } from '../../test/builders.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import { dueCheckInCount, myCheckIns } from './my-check-ins.ts';

// Tuesday 24 November 2026, 09:00 in New York; weekly cadence.
const NOW = new Date('2026-11-24T14:00:00Z');
const settings = { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' };

const ws = () => workspace({
  workspace: { id: 'ws', name: 'Acme', updatedAt: '2026-10-01T00:00:00.000Z', settings },
  people: [person({ id: 'ada' }), person({ id: 'bo' })],
  periods: [period(), period({ id: '2026-q3', name: '2026 Q3', start: '2026-07-01', end: '2026-09-30' })],
  objectives: [objective({ id: 'o1', title: 'B objective' }), objective({ id: 'o2', title: 'A objective' }), objective({ id: 'old', periodId: '2026-q3' }), objective({ id: 'draft', state: 'draft' })],
  keyResults: [
    keyResult({ id: 'fresh', objectiveId: 'o1', ownerIds: ['ada'] }), // checked in yesterday: not due
    keyResult({ id: 'stale', objectiveId: 'o1', ownerIds: ['ada'] }), // due since 23 Nov
    keyResult({ id: 'older', objectiveId: 'o1', ownerIds: ['ada'] }), // due since 17 Nov
    keyResult({ id: 'never', objectiveId: 'o2', ownerIds: ['ada'] }), // never checked in
    keyResult({ id: 'delegated', objectiveId: 'o2', ownerIds: ['ada'], checkInOwnerId: 'bo' }), // Bo checks in
    keyResult({ id: 'for-ada', objectiveId: 'o2', ownerIds: ['bo'], checkInOwnerId: 'ada' }),
    keyResult({ id: 'closed', objectiveId: 'o1', ownerIds: ['ada'], state: 'closed' }),
    keyResult({ id: 'q3', objectiveId: 'old', ownerIds: ['ada'] }),
    keyResult({ id: 'in-draft', objectiveId: 'draft', ownerIds: ['ada'] }),
  ],
  checkIns: [
    checkIn({ id: 'c1', targetId: 'fresh', time: '2026-11-23T15:00:00.000Z', value: 30 }),
    checkIn({ id: 'c2', targetId: 'stale', time: '2026-11-16T15:00:00.000Z', value: 25 }),
    checkIn({ id: 'c3', targetId: 'stale', time: '2026-11-13T15:00:00.000Z', value: 20 }),
    checkIn({ id: 'c4', targetId: 'older', time: '2026-11-10T15:00:00.000Z', value: 22 }),
    checkIn({ id: 'c5', targetId: 'for-ada', time: '2026-11-24T13:00:00.000Z', status: 'behind' }), // status only: still a check-in
  ],
});

const ids = (rows: { keyResult: { id: string } }[]) => rows.map((r) => r.keyResult.id);

describe('myCheckIns', () => {
  it('lists due check-ins first, longest waiting first, then the rest of mine', () => {
    const { due, rest } = myCheckIns(ws(), 'ada', NOW);
    expect(ids(due)).toEqual(['never', 'older', 'stale']);
    expect(ids(rest)).toEqual(['delegated', 'fresh', 'for-ada']);
  });

  it('never makes a key result due for someone who is not its check-in owner', () => {
    expect(ids(myCheckIns(ws(), 'bo', NOW).due)).toEqual(['delegated']);
    expect(myCheckIns(ws(), 'ada', NOW).rest.find((r) => r.keyResult.id === 'delegated')).toMatchObject({ due: false, checkInOwnerId: 'bo' });
  });

  it('gives each row its last check-in, next day, progress and pace', () => {
    const stale = myCheckIns(ws(), 'ada', NOW).due.find((r) => r.keyResult.id === 'stale')!;
    expect(stale.lastCheckIn?.id).toBe('c2');
    expect(stale.nextDay).toBe('2026-11-23');
    expect(stale.progress).toMatchObject({ state: 'measured', value: 25, progress: 0.25 });
    expect(stale.expected).toBeCloseTo(54.375 / 92, 6); // 09:00 after 54 days of 92
    expect(stale.status).toBe('at-risk');
  });

  it('reads days in the workspace zone: at 23:30 on Sunday in New York nothing from last Monday is due', () => {
    expect(dueCheckInCount(ws(), 'ada', new Date('2026-11-23T04:30:00Z'))).toBe(2); // "never" and "older"
    expect(dueCheckInCount(ws(), 'ada', new Date('2026-11-23T05:00:00Z'))).toBe(3);
  });

  it('is empty for someone with nothing running', () => {
    expect(myCheckIns(ws(), 'nobody', NOW)).toEqual({ due: [], rest: [] });
  });
});
