type Storage = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

const storageOf = (): Storage | undefined => globalThis.navigator?.storage;

/**
 * Asks the browser not to evict the database under storage pressure. `persist()` exists only in
 * windows (Firefox's background page, extension pages), not in Chrome's service worker, where
 * the current answer is read instead; extension pages should ask too.
 */
export async function requestPersistence(storage: Storage | undefined = storageOf()): Promise<boolean | undefined> {
  try {
    if (typeof storage?.persist === 'function') return await storage.persist();
    return await currentPersistence(storage);
  } catch {
    return undefined; // a context without storage: nothing to ask
  }
}

export async function currentPersistence(storage: Storage | undefined = storageOf()): Promise<boolean | undefined> {
  return typeof storage?.persisted === 'function' ? storage.persisted().catch(() => undefined) : undefined;
}
