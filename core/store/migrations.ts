import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { OkrDb } from './db-schema.ts';

type UpgradeTx = IDBPTransaction<OkrDb, StoreNames<OkrDb>[], 'versionchange'>;

/** A numbered schema step. Never edit a released one: add the next number instead. */
export type Migration = { version: number; description: string; migrate: (db: IDBPDatabase<OkrDb>, tx: UpgradeTx) => void };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'records, with objectives by period / owner / team, KRs by objective, check-ins by target and time, links by key',
    migrate(db) {
      db.createObjectStore('meta', { keyPath: 'key' });
      for (const name of ['people', 'teams', 'periods', 'tombstones'] as const) db.createObjectStore(name, { keyPath: 'id' });
      const objectives = db.createObjectStore('objectives', { keyPath: 'id' });
      objectives.createIndex('by-period', 'periodId');
      objectives.createIndex('by-owner', 'ownerIds', { multiEntry: true });
      objectives.createIndex('by-team', 'teamIds', { multiEntry: true });
      db.createObjectStore('keyResults', { keyPath: 'id' }).createIndex('by-objective', 'objectiveId');
      db.createObjectStore('initiatives', { keyPath: 'id' }).createIndex('by-parent', 'parentId');
      db.createObjectStore('checkIns', { keyPath: 'id' }).createIndex('by-target-time', ['targetId', 'time']);
      // Keyed by target first, so a record's rows can be replaced with one key-range delete.
      db.createObjectStore('links', { keyPath: ['targetId', 'key'] }).createIndex('by-key', 'key');
    },
  },
  {
    version: 2,
    description: 'key results by owner, for "my key results due for a check-in"',
    migrate(_db, tx) {
      tx.objectStore('keyResults').createIndex('by-owner', 'ownerIds', { multiEntry: true });
    },
  },
  {
    version: 3,
    description: 'KPIs (health metrics), by owner and by team; their check-ins go in checkIns with targetType "kpi"',
    migrate(db) {
      const kpis = db.createObjectStore('kpis', { keyPath: 'id' });
      kpis.createIndex('by-owner', 'ownerIds', { multiEntry: true });
      kpis.createIndex('by-team', 'teamIds', { multiEntry: true });
    },
  },
];

export const LATEST_VERSION = MIGRATIONS.length;

/** Runs, in order, every migration after `oldVersion` up to `newVersion`. */
export function runMigrations(db: IDBPDatabase<OkrDb>, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  for (const m of MIGRATIONS) if (m.version > oldVersion && m.version <= newVersion) m.migrate(db, tx);
}
