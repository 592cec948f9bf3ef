import type { OkrStore } from '../../core/store/okr-store.ts';

/**
 * One connection, opened on first use and reused: a woken service worker pays for
 * `indexedDB.open` once, not per message. A failed open or a lost connection is retried next time.
 */
export function lazyStore(open: () => Promise<OkrStore>) {
  let pending: Promise<OkrStore> | undefined;
  const forget = () => {
    pending = undefined;
  };
  return {
    get(): Promise<OkrStore> {
      pending ??= open().then(
        (store) => {
          store.db.addEventListener('close', forget);
          // A newer version opening elsewhere must not wait on this connection.
          store.db.addEventListener('versionchange', () => {
            store.close();
            forget();
          });
          return store;
        },
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      return pending;
    },
    async close(): Promise<void> {
      const current = pending;
      forget();
      (await current?.catch(() => undefined))?.close();
    },
  };
}
