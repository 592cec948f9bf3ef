import type { ValidationIssue } from '../../core/model/validate.ts';
import type { Handler } from './context.ts';
import { fieldsOf, withoutStamps } from './fields.ts';
import { assertRecord, checkedOf, referenceIssues } from './record-checks.ts';
import { invalid } from './router-error.ts';

/** Appends one check-in. Check-ins are events: never overwritten, so one id can land only once. */
export const addCheckIn: Handler<'checkIn.add'> = async ({ draft }, ctx) => {
  const store = await ctx.store();
  const fields = withoutStamps(fieldsOf(draft, 'draft'));
  const now = ctx.now().toISOString();
  const record = { ...fields, id: fields.id ?? ctx.newId(), time: fields.time ?? now, source: fields.source ?? 'manual', updatedAt: now };
  assertRecord('checkIn', record);
  const issues: ValidationIssue[] = await referenceIssues(store, checkedOf('checkIn', record));
  if ((await store.db.getKey('checkIns', record.id)) !== undefined)
    issues.push({ recordType: 'checkIn', id: record.id, field: 'id', message: 'is already the id of a check-in; check-ins are never overwritten' });
  if (issues.length > 0) throw invalid(issues);
  // The store adds check-ins with `add`: a duplicate id racing past the check above still fails whole.
  await store.write({ checkIns: [record] });
  return { value: record, changed: { scope: 'records', ids: [record.id] } };
};
