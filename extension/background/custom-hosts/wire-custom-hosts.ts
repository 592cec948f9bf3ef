import { browser } from 'wxt/browser';
import { CUSTOM_HOSTS_KEY } from '../../custom-hosts/custom-host.ts';
import type { CustomHostsBrowser } from './custom-hosts-browser.ts';
import { customHostsSync } from './sync-custom-hosts.ts';

type Listen<F> = { addListener: (listener: F) => void };
/** The events that can change which custom hosts get a content script. */
export type CustomHostsEvents = {
  permissionsAdded: Listen<() => void>;
  permissionsRemoved: Listen<() => void>;
  storageChanged: Listen<(changes: Record<string, unknown>, area: string) => void>;
};

const report = (e: unknown) => console.error('OKR Lens: custom hosts: registering content scripts failed', e);

/**
 * Registers the listeners synchronously (a worker woken by a revoked permission must find them) and
 * reconciles once now: every start of the background, since Firefox may not keep registrations
 * across a restart and a permission may have been revoked while the browser was closed.
 */
export function wireCustomHosts(api: CustomHostsBrowser = browserApi(), events: CustomHostsEvents = browserEvents()) {
  const sync = customHostsSync(api);
  const run = () => void sync.run().catch(report);
  events.permissionsAdded.addListener(run);
  events.permissionsRemoved.addListener(run);
  events.storageChanged.addListener((changes, area) => { if (area === 'local' && CUSTOM_HOSTS_KEY in changes) run(); });
  return sync.run().catch(report);
}

function browserApi(): CustomHostsBrowser {
  return {
    permissions: { contains: (p) => browser.permissions.contains(p) },
    scripting: {
      registerContentScripts: (scripts) => browser.scripting.registerContentScripts(scripts),
      unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
      getRegisteredContentScripts: () => browser.scripting.getRegisteredContentScripts(),
    },
    storage: browser.storage.local,
  };
}

function browserEvents(): CustomHostsEvents {
  return { permissionsAdded: browser.permissions.onAdded, permissionsRemoved: browser.permissions.onRemoved, storageChanged: browser.storage.onChanged };
}
