import type { IDBPDatabase } from 'idb';
import type { OkrDb } from './db-schema.ts';

// Versions of 2026-11-23 kept the whole workspace's JSON text in `meta` for the home page (3.7 MB
// for 5,000 key results, rewritten after every change) and stamped a data version in every write.
// Measured no faster to first paint; removed. An update drops what they left behind.
const SNAPSHOTS = IDBKeyRange.bound('snapshot:', 'snapshot:\uffff');

/** Removes rows no code reads any more (run at install and update). */
export async function dropLeftovers(db: IDBPDatabase<OkrDb>): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  void tx.store.delete(SNAPSHOTS);
  void tx.store.delete('dataVersion');
  await tx.done;
}
