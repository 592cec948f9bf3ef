import type { StorageArea } from './custom-hosts-storage.ts';

/** `storage.local` for unit tests: values are copied through JSON, as the real area does. */
export function fakeStorage(initial: Record<string, unknown> = {}) {
  const items = new Map(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  type Listener = (changes: Record<string, unknown>, area: string) => void;
  let listeners: Listener[] = [];
  const area: StorageArea = {
    get: async (key) => (items.has(key) ? { [key]: JSON.parse(items.get(key)!) } : {}),
    set: async (patch) => {
      for (const [k, v] of Object.entries(patch)) items.set(k, JSON.stringify(v));
      for (const l of listeners) l(Object.fromEntries(Object.keys(patch).map((k) => [k, { newValue: patch[k] }])), 'local');
    },
  };
  const onChanged = {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void (listeners = listeners.filter((x) => x !== l)),
    count: () => listeners.length,
  };
  return { area, items, onChanged };
}
