import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Workspace } from '../../core/model/workspace.ts';
import type { BackupInfo, BackupReason } from '../messages/backup-info.ts';
import { countsOf } from './counts.ts';

export const KEEP_BACKUPS = 10;
export const BACKUPS_DB_NAME = 'okr-lens-backups';

// Listing reads only the small rows; the workspaces sit in a store of their own.
interface BackupDb extends DBSchema {
  snapshots: { key: string; value: BackupInfo };
  'snapshot-data': { key: string; value: { id: string; ws: Workspace } };
}

/**
 * Ids sort in the order backups were taken: the time, then a counter that keeps rising when the
 * clock stands still or goes back, so "keep the last 10" never drops the newest.
 */
export function nextBackupId(lastId: string | undefined, now: string): string {
  const [lastTime = '', lastCount = '0'] = (lastId ?? '').split('~');
  return lastTime >= now ? `${lastTime}~${String(Number(lastCount) + 1).padStart(6, '0')}` : `${now}~000000`;
}

/** Whole-workspace snapshots in a database of their own, so a schema migration of the main one never touches them. */
export function backupStore(name = BACKUPS_DB_NAME) {
  let pending: Promise<IDBPDatabase<BackupDb>> | undefined;
  const open = () =>
    (pending ??= openDB<BackupDb>(name, 1, {
      upgrade(db) {
        db.createObjectStore('snapshots', { keyPath: 'id' });
        db.createObjectStore('snapshot-data', { keyPath: 'id' });
      },
    }).catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
  return {
    async save(ws: Workspace, reason: BackupReason, now: Date): Promise<BackupInfo> {
      const db = await open();
      // Strict: a backup is taken right before something destructive, and must outlive a crash during it.
      const tx = db.transaction(['snapshots', 'snapshot-data'], 'readwrite', { durability: 'strict' });
      const ids = await tx.objectStore('snapshots').getAllKeys();
      const createdAt = now.toISOString();
      const info: BackupInfo = { id: nextBackupId(ids.at(-1), createdAt), createdAt, reason, workspaceName: ws.workspace.name, counts: countsOf(ws) };
      void tx.objectStore('snapshots').put(info);
      void tx.objectStore('snapshot-data').put({ id: info.id, ws });
      for (const old of ids.slice(0, Math.max(0, ids.length + 1 - KEEP_BACKUPS))) {
        void tx.objectStore('snapshots').delete(old);
        void tx.objectStore('snapshot-data').delete(old);
      }
      await tx.done;
      return info;
    },
    /** Newest first. */
    list: async (): Promise<BackupInfo[]> => (await (await open()).getAll('snapshots')).reverse(),
    info: async (id: string) => (await open()).get('snapshots', id),
    // Snapshots taken before KPIs existed have no `kpis` list: they read as a workspace without any.
    workspace: async (id: string): Promise<Workspace | undefined> => {
      const ws = (await (await open()).get('snapshot-data', id))?.ws;
      return ws && { ...ws, kpis: ws.kpis ?? [] };
    },
    async close(): Promise<void> {
      const current = pending;
      pending = undefined;
      (await current?.catch(() => undefined))?.close();
    },
  };
}

export type BackupStore = ReturnType<typeof backupStore>;
