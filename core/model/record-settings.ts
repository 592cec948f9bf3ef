import type { Initiative, KeyResult, Objective } from './records.ts';
import type { WorkspaceSettings } from './settings.ts';
import type { ValidationIssue } from './validate.ts';

type Editable = { objective: Objective; keyResult: KeyResult; initiative: Initiative };

/**
 * What the workspace's settings forbid for a record typed by a person: several owners or teams
 * when shared OKRs are off, several parents when only one is allowed. Files are not refused for
 * it (a workspace may turn a setting off after the fact); new edits are.
 */
export function recordSettingIssues<T extends keyof Editable>(type: T, record: Editable[T], settings: WorkspaceSettings): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (field: string, message: string) => issues.push({ recordType: type, id: record.id, field, message });
  const shared = settings.sharedOkrs !== false;
  if (!shared && record.ownerIds.length > 1) add('ownerIds', `has ${record.ownerIds.length} owners, but shared OKRs are off in this workspace: one owner`);
  if ('teamIds' in record) {
    if (!shared && record.teamIds.length > 1) add('teamIds', `has ${record.teamIds.length} teams, but shared OKRs are off in this workspace: one team`);
    if (!settings.multipleParents && record.parentIds.length > 1) add('parentIds', `has ${record.parentIds.length} parents, but this workspace allows one`);
  }
  return issues;
}
