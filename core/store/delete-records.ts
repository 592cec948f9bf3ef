import type { IDBPDatabase } from 'idb';
import type { RecordType } from '../model/vocabulary.ts';
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
} as const satisfies Record<RecordType, string>;

/** Deletes records and leaves a tombstone for each, so that merging an older copy cannot revive them. */
export async function deleteRecords(db: IDBPDatabase<OkrDb>, type: RecordType, ids: readonly string[], deletedAt: string): Promise<void> {
  const tx = db.transaction([STORE_OF[type], 'links', 'tombstones'], 'readwrite');
  for (const id of ids) {
    void tx.objectStore(STORE_OF[type]).delete(id);
    void tx.objectStore('links').delete(linkRowsOf(id));
    void tx.objectStore('tombstones').put({ id, type, deletedAt });
  }
  await tx.done;
}
