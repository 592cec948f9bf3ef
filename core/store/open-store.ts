import { openDB, type IDBPDatabase } from 'idb';
import type { OkrDb } from './db-schema.ts';
import { LATEST_VERSION, runMigrations } from './migrations.ts';

export const DEFAULT_DB_NAME = 'okr-lens';

export type OpenOptions = { name?: string; version?: number; onBlocked?: () => void };

/** Opens (and migrates) the database. Only the background and extension pages may call this. */
export function openOkrDb({ name = DEFAULT_DB_NAME, version = LATEST_VERSION, onBlocked }: OpenOptions = {}): Promise<IDBPDatabase<OkrDb>> {
  return openDB<OkrDb>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      runMigrations(db, tx, oldVersion, newVersion ?? version);
    },
    blocked: onBlocked,
    // Another tab holding an older version must let go, or the upgrade waits forever.
    blocking: () => undefined,
  });
}
