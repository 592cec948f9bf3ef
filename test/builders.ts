import type { CheckIn, Initiative, KeyResult, Kpi, Objective, Period, Person, Team } from '../core/model/records.ts';
import { DEFAULT_SETTINGS } from '../core/model/settings.ts';
import type { Workspace } from '../core/model/workspace.ts';

// Small record builders for tests: sensible defaults, override what the test is about.
const AT = '2026-10-01T09:00:00.000Z';
let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export const person = (o: Partial<Person> = {}): Person => ({ id: nextId('person'), name: 'Ada Lovelace', role: 'member', updatedAt: AT, ...o });
export const team = (o: Partial<Team> = {}): Team => ({ id: nextId('team'), name: 'Platform', memberIds: [], archived: false, updatedAt: AT, ...o });
export const period = (o: Partial<Period> = {}): Period => ({ id: '2026-q4', name: '2026 Q4', start: '2026-10-01', end: '2026-12-31', updatedAt: AT, ...o });

export const objective = (o: Partial<Objective> = {}): Objective => ({
  id: nextId('obj'), title: 'Customers love onboarding', periodId: '2026-q4', level: 'team', teamIds: [], ownerIds: [],
  parentIds: [], commitment: 'committed', tags: [], private: false, state: 'active', updatedAt: AT, ...o,
});

export const keyResult = (o: Partial<KeyResult> = {}): KeyResult => ({
  id: nextId('kr'), objectiveId: 'obj-x', title: 'Raise activation from 20 to 40 %', ownerIds: [], kind: 'increase',
  start: 20, target: 40, weight: 1, links: [], tags: [], state: 'active', updatedAt: AT, ...o,
});

export const initiative = (o: Partial<Initiative> = {}): Initiative => ({
  id: nextId('ini'), parentId: 'obj-x', parentType: 'objective', title: 'New welcome tour', ownerIds: [], status: 'in-progress', links: [], updatedAt: AT, ...o,
});

export const checkIn = (o: Partial<CheckIn> = {}): CheckIn => ({
  id: nextId('ci'), targetType: 'keyResult', targetId: 'kr-x', time: '2026-11-01T10:00:00.000Z', status: 'on-track',
  authorId: 'person-x', source: 'manual', updatedAt: AT, ...o,
});

export const kpi = (o: Partial<Kpi> = {}): Kpi => ({
  id: nextId('kpi'), name: 'Monthly churn', ownerIds: [], teamIds: [], unit: '%', healthyMax: 2, updatedAt: AT, ...o,
});

export const workspace = (o: Partial<Workspace> = {}): Workspace => ({
  workspace: { id: 'ws', name: 'Acme', updatedAt: AT, settings: DEFAULT_SETTINGS },
  people: [], teams: [], periods: [period()], objectives: [], keyResults: [], initiatives: [], checkIns: [], kpis: [], tombstones: [], ...o,
});
