import { SUMMARY_KEYS } from '../../overlay-store/summary-keys.ts';

/** The part of `storage.local` the writer uses; tests pass a Map-backed fake. */
export type SummaryStorage = {
  get: (keys: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (keys: string[]) => Promise<void>;
};

/**
 * Writes only what changed since the last write: a check-in touches a handful of keys, not every
 * link in the workspace. The first write after the worker starts compares against nothing and
 * rewrites all, removing keys the stored index lists that are gone.
 */
export function summaryWriter(storage: SummaryStorage) {
  let written: Map<string, string> | undefined;
  return async function write(entries: Map<string, unknown>): Promise<{ set: number; removed: number }> {
    if (!written) {
      const stored = (await storage.get(SUMMARY_KEYS.index))[SUMMARY_KEYS.index];
      written = new Map((Array.isArray(stored) ? stored : []).filter((k): k is string => typeof k === 'string').map((k) => [k, '']));
    }
    const changed: Record<string, unknown> = {};
    const next = new Map<string, string>();
    for (const [key, value] of entries) {
      const text = JSON.stringify(value);
      next.set(key, text);
      if (written.get(key) !== text) changed[key] = value;
    }
    const gone = [...written.keys()].filter((k) => !next.has(k));
    if (gone.length > 0) await storage.remove(gone);
    if (Object.keys(changed).length > 0) await storage.set(changed);
    written = next;
    return { set: Object.keys(changed).length, removed: gone.length };
  };
}
