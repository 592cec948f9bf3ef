import { checkSpec } from './check-spec.ts';
import { recordSpecs, tombstoneSpec } from './records.ts';
import { workspaceInfoSpec } from './settings.ts';
import type { RecordType } from './vocabulary.ts';
import { COLLECTIONS, type Workspace } from './workspace.ts';
import { crossRecordIssues } from './validate-references.ts';

/** A problem with one field of one record, phrased for the person who has to fix it. */
export type ValidationIssue = { recordType: RecordType | 'workspace' | 'tombstone'; id: string; field: string; message: string };

export function describeIssue(issue: ValidationIssue): string {
  return `${issue.recordType} ${JSON.stringify(issue.id)}, field ${issue.field}: ${issue.message}`;
}

/** Checks one record of a known type; never throws, whatever `value` is. */
export function validateRecord(type: RecordType, value: unknown): ValidationIssue[] {
  const id = idOf(value);
  return checkSpec(recordSpecs[type], value).map((f) => ({ recordType: type, id, field: f.path || '(record)', message: f.message }));
}

/** Checks every record and the references between them; an empty list means the workspace is sound. */
export function validateWorkspace(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = checkSpec(workspaceInfoSpec, ws.workspace).map((f) => ({
    recordType: 'workspace',
    id: idOf(ws.workspace),
    field: f.path || '(record)',
    message: f.message,
  }));
  for (const [collection, type] of Object.entries(COLLECTIONS)) {
    const list: unknown = ws[collection as keyof typeof COLLECTIONS];
    if (!Array.isArray(list)) {
      issues.push({ recordType: type, id: '', field: collection, message: 'expected a list of records' });
      continue;
    }
    for (const record of list) issues.push(...validateRecord(type, record));
  }
  if (!Array.isArray(ws.tombstones)) issues.push({ recordType: 'tombstone', id: '', field: 'tombstones', message: 'expected a list of deletions' });
  else for (const t of ws.tombstones) for (const f of checkSpec(tombstoneSpec, t)) issues.push({ recordType: 'tombstone', id: idOf(t), field: f.path || '(record)', message: f.message });
  // References are only meaningful once every record has the right shape.
  return issues.length > 0 ? issues : crossRecordIssues(ws);
}

function idOf(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') return value.id;
  return '(no id)';
}
