import { browser } from 'wxt/browser';
import type { CustomHostSite } from './custom-host.ts';
import { readCustomHosts, type StorageArea } from './custom-hosts-storage.ts';

/**
 * For a content script: the site this page's host was added for (Jira Data Center, GitHub
 * Enterprise), or undefined on every other host. Pass `location.href` or `location.host`; the
 * port and path are ignored, as the registration ignores them. The script then calls
 * `adapter.entityFromUrl(url, true)`.
 */
export async function isCustomHost(page: string, area: StorageArea = browser.storage.local): Promise<CustomHostSite | undefined> {
  const url = new URL(page.includes('://') ? page : `https://${page}`);
  const scheme = url.protocol.slice(0, -1);
  const host = url.hostname.replace(/\.$/, '');
  const hosts = await readCustomHosts(area);
  // A bare host (no scheme given) matches either scheme; a whole URL matches its own.
  return hosts.find((h) => h.host === host && (!page.includes('://') || h.scheme === scheme))?.site;
}
