import type { EditRecords, EditRecordType } from '../messages/drafts.ts';
import { backupNow } from './backup-now.ts';
import type { Context, Handled } from './context.ts';
import { fieldsOf, withoutStamps } from './fields.ts';
import { assertRecord, assertReferences, batchOf, checkedOf, idInUse, NOUN, STORE_OF } from './record-checks.ts';
import { invalid, notFound, requireText } from './router-error.ts';
import { stampEdit } from './stamp-edit.ts';

export async function createRecord<T extends EditRecordType>(type: T, draft: unknown, ctx: Context): Promise<Handled<EditRecords[T]>> {
  const store = await ctx.store();
  const fields = withoutStamps(fieldsOf(draft, 'draft'));
  const record = { ...fields, id: fields.id ?? ctx.newId(), updatedAt: ctx.now().toISOString() };
  assertRecord(type, record);
  const taken = await idInUse(store, type, record.id);
  if (taken.length > 0) throw invalid(taken);
  const checked = checkedOf(type, record);
  await assertReferences(store, checked);
  await store.write(batchOf(checked));
  return { value: record, changed: { scope: 'records', ids: [record.id] } };
}

/** Applies `changes` to the stored record (null removes a field) and writes it if it is still valid. */
export async function updateRecord<T extends EditRecordType>(type: T, id: unknown, changes: unknown, ctx: Context): Promise<Handled<EditRecords[T]>> {
  const store = await ctx.store();
  const key = requireText(id, 'id');
  const patch = withoutStamps(fieldsOf(changes, 'changes'));
  const old = await store.db.get(STORE_OF[type], key);
  if (!old) throw notFound(`no ${NOUN[type]} has id ${JSON.stringify(key)}; nothing was changed`);
  const next: Record<string, unknown> = { ...old };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  const record = stampEdit(old, next, ctx.now());
  assertRecord(type, record);
  const checked = checkedOf(type, record);
  await assertReferences(store, checked);
  await store.write(batchOf(checked));
  return { value: record, changed: { scope: 'records', ids: [key] } };
}

/** Deletes one KPI with a tombstone: nothing hangs under one, and its check-ins stay, as events do. */
async function deleteKpi(key: string, ctx: Context) {
  const store = await ctx.store();
  const last = await store.db.get('kpis', key);
  if (!last) throw notFound(`no KPI has id ${JSON.stringify(key)}; nothing was deleted`);
  await store.deleteAll([{ type: 'kpi', id: key, last }], ctx.now().toISOString());
  return { value: { deleted: [{ type: 'kpi' as const, id: key }], backupId: undefined }, changed: { scope: 'records', ids: [key] } } satisfies Handled<unknown>;
}

/** Deletes an item with what hangs under it (an objective's key results and initiatives); check-ins stay, as events do. */
export async function deleteItem(type: EditRecordType, id: unknown, ctx: Context) {
  const key = requireText(id, 'id');
  if (type === 'kpi') return deleteKpi(key, ctx);
  const store = await ctx.store();
  const tx = store.db.transaction(['objectives', 'keyResults', 'initiatives']);
  const self = await tx.objectStore(STORE_OF[type]).get(key);
  if (!self) throw notFound(`no ${NOUN[type]} has id ${JSON.stringify(key)}; nothing was deleted`);
  const keyResults = type === 'objective' ? await tx.objectStore('keyResults').index('by-objective').getAll(key) : [];
  const parents = type === 'initiative' ? [] : [key, ...keyResults.map((k) => k.id)];
  const initiatives = (await Promise.all(parents.map((p) => tx.objectStore('initiatives').index('by-parent').getAll(p)))).flat();
  const doomed = [
    { type, id: key, last: self },
    ...keyResults.map((k) => ({ type: 'keyResult' as const, id: k.id, last: k })),
    ...initiatives.map((i) => ({ type: 'initiative' as const, id: i.id, last: i })),
  ];
  // Removing more than the one record the person clicked is a bulk delete: keep a way back.
  const backup = doomed.length > 1 ? await backupNow(ctx, 'before delete') : undefined;
  await store.deleteAll(doomed, ctx.now().toISOString());
  const deleted = doomed.map((d) => ({ type: d.type, id: d.id }));
  return { value: { deleted, backupId: backup?.id }, changed: { scope: 'records', ids: deleted.map((d) => d.id) } } satisfies Handled<unknown>;
}
