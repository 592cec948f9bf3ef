import type { KeyResult, Objective } from './records.ts';

/** Who is reminded to check in: the named check-in owner, else the first owner. */
export function checkInOwnerOf(record: Pick<Objective | KeyResult, 'checkInOwnerId' | 'ownerIds'>): string | undefined {
  return record.checkInOwnerId ?? record.ownerIds[0];
}
