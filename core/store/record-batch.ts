import type { WorkspaceInfo } from '../model/settings.ts';
import { validateRecord, type ValidationIssue } from '../model/validate.ts';
import { checkSpec } from '../model/check-spec.ts';
import { workspaceInfoSpec } from '../model/settings.ts';
import { COLLECTIONS, type CollectionName, type Workspace } from '../model/workspace.ts';

/** Records to write together; every list is optional. */
export type RecordBatch = Partial<Pick<Workspace, CollectionName | 'tombstones'>> & { workspace?: WorkspaceInfo };

/** Raised before anything is written when a record in a batch is malformed. */
export class StoreValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    const first = issues[0];
    super(`store: ${issues.length} invalid record${issues.length === 1 ? '' : 's'}; first: ${first ? `${first.recordType} ${JSON.stringify(first.id)}, field ${first.field}: ${first.message}` : ''}`);
    this.name = 'StoreValidationError';
    this.issues = issues;
  }
}

export function batchIssues(batch: RecordBatch): ValidationIssue[] {
  const issues: ValidationIssue[] = batch.workspace
    ? checkSpec(workspaceInfoSpec, batch.workspace).map((f) => ({ recordType: 'workspace', id: batch.workspace?.id ?? '', field: f.path, message: f.message }))
    : [];
  for (const [collection, type] of Object.entries(COLLECTIONS)) {
    for (const record of batch[collection as CollectionName] ?? []) issues.push(...validateRecord(type, record));
  }
  return issues;
}

export const batchSize = (batch: RecordBatch) =>
  Object.keys(COLLECTIONS).reduce((n, c) => n + (batch[c as CollectionName]?.length ?? 0), 0);
