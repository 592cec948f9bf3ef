import { fakeStorage } from '../../custom-hosts/fake-storage.ts';
import type { CustomHostsBrowser, ScriptRegistration } from './custom-hosts-browser.ts';

/**
 * `permissions`, `scripting` and `storage.local` for unit tests, strict where the browsers are:
 * registering an id twice, or unregistering one that is not there, throws as Chrome does.
 */
export function fakeCustomHostsBrowser({ granted = [] as string[], registered = [] as ScriptRegistration[], stored = {} as Record<string, unknown> } = {}) {
  const origins = new Set(granted);
  const scripts = new Map(registered.map((r) => [r.id, r]));
  const storage = fakeStorage(stored);
  const calls: string[] = [];
  const api: CustomHostsBrowser = {
    permissions: { contains: async ({ origins: o }) => o.every((x) => origins.has(x)) },
    scripting: {
      async registerContentScripts(list) {
        for (const r of list) if (scripts.has(r.id)) throw new Error(`Duplicate script ID '${r.id}'`);
        for (const r of list) { scripts.set(r.id, structuredClone(r)); calls.push(`register ${r.id} ${r.js.join()}`); }
      },
      async unregisterContentScripts({ ids }) {
        for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) { scripts.delete(id); calls.push(`unregister ${id}`); }
      },
      getRegisteredContentScripts: async () => [...scripts.values()].map((r) => structuredClone(r)),
    },
    storage: storage.area,
  };
  return { api, origins, scripts, storage, calls };
}
