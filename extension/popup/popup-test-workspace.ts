import { checkIn, keyResult, objective, period, person, workspace } from '../../test/builders.ts';
import { DEFAULT_SETTINGS } from '../../core/model/settings.ts';

/** A small workspace for the popup's component tests: Ada has two check-ins due, one not, and one Bo checks in for. */
export const samplePopupWorkspace = () => workspace({
  workspace: { id: 'ws', name: 'Acme', updatedAt: '2026-10-01T00:00:00.000Z', settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' } },
  people: [person({ id: 'ada', name: 'Ada Lovelace' }), person({ id: 'bo', name: 'Bo Li' })],
  periods: [period()],
  objectives: [objective({ id: 'o1', title: 'Customers love onboarding' })],
  keyResults: [
    keyResult({ id: 'k-due', objectiveId: 'o1', title: 'Activation <b>up</b>', ownerIds: ['ada'], start: 20, target: 40, unit: '%' }),
    keyResult({ id: 'k-never', objectiveId: 'o1', title: 'Docs rated helpful', ownerIds: ['ada'], kind: 'milestone', start: undefined, target: undefined }),
    keyResult({ id: 'k-fresh', objectiveId: 'o1', title: 'Trial conversion', ownerIds: ['ada'] }),
    keyResult({ id: 'k-bo', objectiveId: 'o1', title: 'Churn down', ownerIds: ['ada', 'bo'], checkInOwnerId: 'bo' }),
  ],
  checkIns: [
    checkIn({ id: 'c1', targetId: 'k-due', time: '2026-11-09T15:00:00.000Z', value: 26, status: 'behind', confidence: 6 }),
    checkIn({ id: 'c2', targetId: 'k-fresh', time: '2026-11-19T15:00:00.000Z', value: 30 }),
    checkIn({ id: 'c3', targetId: 'k-bo', time: '2026-11-19T15:00:00.000Z', value: 30 }),
  ],
});
