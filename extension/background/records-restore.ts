import type { Initiative, KeyResult, Objective } from '../../core/model/records.ts';
import type { ValidationIssue } from '../../core/model/validate.ts';
import type { EditableType } from '../messages/drafts.ts';
import type { Handler } from './context.ts';
import { assertRecord, idInUse } from './record-checks.ts';
import { invalid } from './router-error.ts';

const LISTS = { objectives: 'objective', keyResults: 'keyResult', initiatives: 'initiative' } as const satisfies Record<string, EditableType>;

/**
 * Undo of a delete: the records the page held before deleting come back in one write, stamped
 * now (so a merge with a copy that still has the tombstone keeps them), and their tombstones go.
 */
export const restoreRecords: Handler<'records.restore'> = async (request, ctx) => {
  const store = await ctx.store();
  const now = ctx.now().toISOString();
  const batch = { objectives: [] as Objective[], keyResults: [] as KeyResult[], initiatives: [] as Initiative[] };
  const issues: ValidationIssue[] = [];
  for (const [list, type] of Object.entries(LISTS) as [keyof typeof LISTS, EditableType][]) {
    const given: unknown = request[list] ?? [];
    if (!Array.isArray(given)) throw invalid([{ recordType: type, id: '(list)', field: list, message: 'expected a list of records' }]);
    for (const raw of given) {
      const { fieldClocks: _f, ...fields } = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const record = { ...fields, updatedAt: now };
      assertRecord(type, record);
      issues.push(...(await idInUse(store, type, record.id)));
      (batch[list] as unknown[]).push(record);
    }
  }
  if (issues.length > 0) throw invalid(issues);
  await store.write(batch);
  const ids = [...batch.objectives, ...batch.keyResults, ...batch.initiatives].map((r) => r.id);
  // A second, small transaction: should it fail, the newer stamps still revive the records on merge.
  const tx = store.db.transaction('tombstones', 'readwrite');
  await Promise.all([...ids.map((id) => tx.objectStore('tombstones').delete(id)), tx.done]);
  return { value: { restored: ids }, changed: { scope: 'records', ids } };
};
