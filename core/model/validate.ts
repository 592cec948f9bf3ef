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

/**
 * Checks the shape of every record present. With `complete`, the workspace info and every list
 * must be there (a whole workspace); without, absent parts are skipped (a batch of changes).
 */
export function validateShapes(data: Partial<Workspace>, complete: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (recordType: ValidationIssue['recordType'], value: unknown, fields: { path: string; message: string }[]) => {
    for (const f of fields) issues.push({ recordType, id: idOf(value), field: f.path || '(record)', message: f.message });
  };
  if (complete || data.workspace !== undefined) push('workspace', data.workspace, checkSpec(workspaceInfoSpec, data.workspace));
  const lists: [keyof Workspace, RecordType | 'tombstone', string][] = [
    ...Object.entries(COLLECTIONS).map(([c, t]) => [c as keyof Workspace, t, 'expected a list of records'] as [keyof Workspace, RecordType, string]),
    ['tombstones', 'tombstone', 'expected a list of deletions'],
  ];
  for (const [key, type, notAList] of lists) {
    const list: unknown = data[key];
    if (list === undefined && !complete) continue;
    if (!Array.isArray(list)) {
      issues.push({ recordType: type, id: '', field: key, message: notAList });
      continue;
    }
    const spec = type === 'tombstone' ? tombstoneSpec : recordSpecs[type];
    for (const value of list) push(type, value, checkSpec(spec, value));
  }
  return issues;
}

/** Checks every record and the references between them; an empty list means the workspace is sound. */
export function validateWorkspace(ws: Workspace): ValidationIssue[] {
  const issues = validateShapes(ws, true);
  // References are only meaningful once every record has the right shape.
  return issues.length > 0 ? issues : crossRecordIssues(ws);
}

function idOf(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') return value.id;
  return '(no id)';
}
