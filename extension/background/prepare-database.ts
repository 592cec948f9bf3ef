import type { OkrStore } from '../../core/store/okr-store.ts';
import { requestPersistence } from './persistence.ts';

/**
 * Flushes the migrations. IndexedDB gives the upgrade transaction no durability option, so a
 * strict transaction follows it: its commit is not reported until the engine's log is on disk,
 * and the migration's writes came earlier in that same log.
 */
export async function strictCheckpoint(store: OkrStore): Promise<void> {
  const tx = store.db.transaction('meta', 'readwrite', { durability: 'strict' });
  // Rewriting a row as it is gives the commit something to flush; only IndexedDB calls are awaited here.
  const row = (await tx.store.get('workspace')) ?? (await tx.store.get('lastExportAt'));
  if (row) await tx.store.put(row);
  await tx.done;
}

/** At install and update: migrate now, not on the first overlay request, make it durable, and ask to keep the data. */
export async function prepareDatabase(store: () => Promise<OkrStore>): Promise<{ version: number; persisted: boolean | undefined }> {
  const opened = await store(); // opening runs the migrations (core/store/open-store.ts)
  await strictCheckpoint(opened);
  await opened.dropLeftovers();
  return { version: opened.db.version, persisted: await requestPersistence() };
}
