import { CUSTOM_HOST_SITES, CUSTOM_HOSTS_KEY, sameHost, type CustomHost } from './custom-host.ts';

/** The slice of `storage.local` the custom hosts use; tests pass a Map-backed fake. */
export type StorageArea = {
  get: (key: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
};

const isStoredHost = (x: unknown): x is CustomHost => {
  if (typeof x !== 'object' || x === null) return false;
  const h = x as Record<string, unknown>;
  return (h.scheme === 'https' || h.scheme === 'http') && typeof h.host === 'string' && h.host !== '' && typeof h.site === 'string' && Object.hasOwn(CUSTOM_HOST_SITES, h.site);
};

/** The granted hosts; anything in storage that is not one (an older or hand-edited value) is skipped, never trusted. */
export async function readCustomHosts(area: StorageArea): Promise<CustomHost[]> {
  const stored = (await area.get(CUSTOM_HOSTS_KEY))[CUSTOM_HOSTS_KEY];
  return Array.isArray(stored) ? stored.filter(isStoredHost).map(({ scheme, host, site }) => ({ scheme, host, site })) : [];
}

/** Adds a host, or changes its site when it is there already (one site per host). */
export async function saveCustomHost(area: StorageArea, added: CustomHost): Promise<CustomHost[]> {
  const next = [...(await readCustomHosts(area)).filter((h) => !sameHost(h, added)), added];
  await area.set({ [CUSTOM_HOSTS_KEY]: next });
  return next;
}

export async function forgetCustomHosts(area: StorageArea, gone: (h: CustomHost) => boolean): Promise<CustomHost[]> {
  const now = await readCustomHosts(area);
  const next = now.filter((h) => !gone(h));
  if (next.length !== now.length) await area.set({ [CUSTOM_HOSTS_KEY]: next });
  return next;
}
