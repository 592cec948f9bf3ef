import { wrap, type IDBPDatabase } from 'idb';
import type { OkrDb } from '../../core/store/db-schema.ts';
import { LATEST_VERSION } from '../../core/store/migrations.ts';
import { DEFAULT_DB_NAME } from '../../core/store/open-store.ts';
import { readSnapshot } from '../../core/store/workspace-snapshot.ts';

/**
 * The workspace's JSON text straight from the database, when the background left a snapshot of
 * the data as it is now (core/store/workspace-snapshot.ts); otherwise undefined, and the page asks
 * the background (`workspace.json`). The one place an extension page opens the database, and it
 * only reads: it never creates or migrates it (that is the background's), and it lets go at once,
 * so it never holds up an upgrade.
 */
export async function readWorkspaceSnapshot(name = DEFAULT_DB_NAME): Promise<string | undefined> {
  try {
    const db = await openExisting(name);
    if (!db) return undefined;
    try {
      return db.version === LATEST_VERSION ? await readSnapshot(db) : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/** The database as it is, or undefined when opening it would create it. */
function openExisting(name: string): Promise<IDBPDatabase<OkrDb> | undefined> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    // No database yet: not ours to create. Aborting the upgrade leaves nothing behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(wrap(request.result) as IDBPDatabase<OkrDb>);
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
  });
}
