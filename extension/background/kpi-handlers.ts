import type { Kpi } from '../../core/model/records.ts';
import type { Context, Handled, Handlers } from './context.ts';
import { fieldsOf, withoutStamps } from './fields.ts';
import { assertRecord, assertReferences, checkedOf, idInUse } from './record-checks.ts';
import { invalid, notFound, requireText } from './router-error.ts';
import { stampEdit } from './stamp-edit.ts';

// KPIs (health metrics) are edited like OKR items but are none: nothing hangs under one, and its
// check-ins go through checkIn.add with targetType "kpi". Ids are shared with items (validate-references.ts).

async function createKpi(draft: unknown, ctx: Context): Promise<Handled<Kpi>> {
  const store = await ctx.store();
  const fields = withoutStamps(fieldsOf(draft, 'draft'));
  const record = { ...fields, id: fields.id ?? ctx.newId(), updatedAt: ctx.now().toISOString() };
  assertRecord('kpi', record);
  const taken = await idInUse(store, 'kpi', record.id);
  if (taken.length > 0) throw invalid(taken);
  await assertReferences(store, checkedOf('kpi', record));
  await store.write({ kpis: [record] });
  return { value: record, changed: { scope: 'records', ids: [record.id] } };
}

/** Applies `changes` (null removes a field, so a bound can be dropped) and writes the KPI if it is still valid. */
async function updateKpi(id: unknown, changes: unknown, ctx: Context): Promise<Handled<Kpi>> {
  const store = await ctx.store();
  const key = requireText(id, 'id');
  const patch = withoutStamps(fieldsOf(changes, 'changes'));
  const old = await store.db.get('kpis', key);
  if (!old) throw notFound(`no KPI has id ${JSON.stringify(key)}; nothing was changed`);
  const next: Record<string, unknown> = { ...old };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  const record = stampEdit(old, next, ctx.now());
  assertRecord('kpi', record);
  await assertReferences(store, checkedOf('kpi', record));
  await store.write({ kpis: [record] });
  return { value: record, changed: { scope: 'records', ids: [key] } };
}

/** Deletes one KPI with a tombstone; its check-ins stay, as events do. */
async function deleteKpi(id: unknown, ctx: Context) {
  const store = await ctx.store();
  const key = requireText(id, 'id');
  const last = await store.db.get('kpis', key);
  if (!last) throw notFound(`no KPI has id ${JSON.stringify(key)}; nothing was deleted`);
  await store.deleteAll([{ type: 'kpi', id: key, last }], ctx.now().toISOString());
  return { value: { deleted: [{ type: 'kpi' as const, id: key }], backupId: undefined }, changed: { scope: 'records', ids: [key] } } satisfies Handled<unknown>;
}

export const kpiHandlers = {
  'kpi.create': ({ draft }, ctx) => createKpi(draft, ctx),
  'kpi.update': ({ id, changes }, ctx) => updateKpi(id, changes, ctx),
  'kpi.delete': ({ id }, ctx) => deleteKpi(id, ctx),
} satisfies Pick<Handlers, 'kpi.create' | 'kpi.update' | 'kpi.delete'>;
