import { browser } from 'wxt/browser';
import type { StorageArea } from './custom-hosts-storage.ts';

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

/** What the settings page uses to grant and revoke a host; the component test passes a fake. */
export type HostPermissionsApi = {
  /** Must be called synchronously in a click or submit handler: browsers ask only during a user gesture. */
  request: (origin: string) => Promise<boolean>;
  remove: (origin: string) => Promise<boolean>;
  storage: StorageArea;
  onStorageChanged: { addListener: (l: StorageListener) => void; removeListener: (l: StorageListener) => void };
};

export const browserHostPermissions = (): HostPermissionsApi => ({
  request: (origin) => browser.permissions.request({ origins: [origin] }),
  remove: (origin) => browser.permissions.remove({ origins: [origin] }),
  storage: browser.storage.local,
  onStorageChanged: browser.storage.onChanged,
});
