import type { IDBPDatabase } from 'idb';
import type { RecordType } from '../model/vocabulary.ts';
import type { Tombstone } from '../model/workspace.ts';
import type { OkrDb } from './db-schema.ts';
import { linkRowsOf } from './write-batch.ts';

const STORE_OF = {
  person: 'people',
  team: 'teams',
  period: 'periods',
  objective: 'objectives',
  keyResult: 'keyResults',
  initiative: 'initiatives',
  checkIn: 'checkIns',
  kpi: 'kpis',
} as const satisfies Record<RecordType, string>;

/** One record to delete; `last` is its state when deleted, kept in the tombstone for merging (see Tombstone). */
export type Deletion = { type: RecordType; id: string; last?: Tombstone['last'] };

/** Deletes records and leaves a tombstone for each, so that merging an older copy cannot revive them. */
export const deleteRecords = (db: IDBPDatabase<OkrDb>, type: RecordType, ids: readonly string[], deletedAt: string): Promise<void> =>
  deleteAll(db, ids.map((id) => ({ type, id })), deletedAt);

/** Deletes records of several types in one transaction (an objective with its key results): all of them, or none. */
export async function deleteAll(db: IDBPDatabase<OkrDb>, deletions: readonly Deletion[], deletedAt: string): Promise<void> {
  const stores = [...new Set(deletions.map((d) => STORE_OF[d.type]))];
  const tx = db.transaction([...stores, 'links', 'tombstones'], 'readwrite');
  for (const { type, id, last } of deletions) {
    void tx.objectStore(STORE_OF[type]).delete(id);
    void tx.objectStore('links').delete(linkRowsOf(id));
    void tx.objectStore('tombstones').put({ id, type, deletedAt, ...(last ? { last } : {}) });
  }
  await tx.done;
}
