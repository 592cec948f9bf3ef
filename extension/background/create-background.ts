import { openStore } from '../../core/store/okr-store.ts';
import { backupStore } from './backup-store.ts';
import type { Broadcast } from './broadcast.ts';
import type { Context } from './context.ts';
import { lazyStore } from './lazy-store.ts';
import { currentPersistence } from './persistence.ts';
import { prepareDatabase } from './prepare-database.ts';
import { createRouter } from './router.ts';
import { workspaceTextCache } from './workspace-text.ts';

export type BackgroundOptions = { dbName?: string; backupsDbName?: string; now?: () => Date; newId?: () => string; broadcast?: Broadcast };

/** The background's parts wired together; the entrypoint adds the browser, tests add fake-indexeddb and a pinned clock. */
export function createBackground({ dbName, backupsDbName, now = () => new Date(), newId = () => crypto.randomUUID(), broadcast = () => undefined }: BackgroundOptions = {}) {
  const store = lazyStore(() => openStore({ name: dbName }));
  const backups = backupStore(backupsDbName);
  const workspaceText = workspaceTextCache();
  const ctx: Context = { store: store.get, backups, now, newId, persisted: () => currentPersistence(), workspaceText };
  // Every change is broadcast after it is committed: the moment the cached text goes stale.
  const router = createRouter(ctx, (event) => {
    workspaceText.clear();
    broadcast(event);
  });
  return {
    ...router,
    prepare: () => prepareDatabase(store.get),
    async close(): Promise<void> {
      await Promise.all([store.close(), backups.close()]);
    },
  };
}
