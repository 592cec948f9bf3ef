import type { Handlers } from './context.ts';
import { createRecord, deleteItem, updateRecord } from './edit-records.ts';

type EditKey = `${'objective' | 'keyResult' | 'initiative' | 'kpi'}.${'create' | 'update' | 'delete'}`;

export const editHandlers = {
  'objective.create': ({ draft }, ctx) => createRecord('objective', draft, ctx),
  'objective.update': ({ id, changes }, ctx) => updateRecord('objective', id, changes, ctx),
  'objective.delete': ({ id }, ctx) => deleteItem('objective', id, ctx),
  'keyResult.create': ({ draft }, ctx) => createRecord('keyResult', draft, ctx),
  'keyResult.update': ({ id, changes }, ctx) => updateRecord('keyResult', id, changes, ctx),
  'keyResult.delete': ({ id }, ctx) => deleteItem('keyResult', id, ctx),
  'initiative.create': ({ draft }, ctx) => createRecord('initiative', draft, ctx),
  'initiative.update': ({ id, changes }, ctx) => updateRecord('initiative', id, changes, ctx),
  'initiative.delete': ({ id }, ctx) => deleteItem('initiative', id, ctx),
  // KPIs (health metrics) are edited like OKR items but nothing hangs under one; their check-ins go
  // through checkIn.add with targetType "kpi".
  'kpi.create': ({ draft }, ctx) => createRecord('kpi', draft, ctx),
  'kpi.update': ({ id, changes }, ctx) => updateRecord('kpi', id, changes, ctx),
  'kpi.delete': ({ id }, ctx) => deleteItem('kpi', id, ctx),
} satisfies Pick<Handlers, EditKey>;
