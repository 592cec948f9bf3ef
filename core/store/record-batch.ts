import type { WorkspaceInfo } from '../model/settings.ts';
import { validateShapes, type ValidationIssue } from '../model/validate.ts';
import type { CollectionName, Workspace } from '../model/workspace.ts';

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

/** Shape problems of the records in a batch (references are the caller's concern). */
export const batchIssues = (batch: RecordBatch): ValidationIssue[] => validateShapes(batch, false);
