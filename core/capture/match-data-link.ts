import { normaliseUrl } from '../model/link-keys.ts';
import type { DataLink } from '../model/records.ts';
import { isUiStateParam } from './ui-state-params.ts';

// Is the open page the page a key result's number was captured on? The URLs must be equal once
// normalised (normaliseUrl), without the fragment and without parameters that only carry UI state
// (ui-state-params.ts). A hash route (`#/…`, as in Salesforce's `/one/one.app#/sObject/<id>`) is
// the page itself, so it is kept.

/** The form of a page URL that data links are compared by; undefined for a URL that cannot be parsed. */
export function dataLinkPageKey(raw: string): string | undefined {
  let u: URL;
  try { u = new URL(raw); } catch { return undefined; }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = u.hostname.toLowerCase();
  for (const name of [...new Set(u.searchParams.keys())]) if (isUiStateParam(host, name)) u.searchParams.delete(name);
  const route = u.hash.startsWith('#/') ? u.hash.replace(/\/+$/, '') : '';
  return normaliseUrl(u.href) + route;
}

export function matchesDataLink(dataLink: Pick<DataLink, 'url'>, pageUrl: string): boolean {
  const want = dataLinkPageKey(dataLink.url);
  return want !== undefined && want === dataLinkPageKey(pageUrl);
}
