import { checkInOwnerOf } from '../model/check-in-owner.ts';
import type { KeyResult } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';

/**
 * The key results whose check-in owner is `personId` after a merge and was not before (a teammate
 * handed them over, or they are new): what "assigned to you" names. Nobody, no list.
 */
export function newlyAssigned(before: Workspace | undefined, after: Workspace, personId: string | undefined): KeyResult[] {
  if (!personId) return [];
  const had = new Set((before?.keyResults ?? []).filter((k) => checkInOwnerOf(k) === personId).map((k) => k.id));
  return after.keyResults.filter((k) => checkInOwnerOf(k) === personId && !had.has(k.id));
}
