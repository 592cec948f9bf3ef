// PLACEHOLDER until the salesforce branch lands its matcher.
import { normaliseUrl } from '../model/link-keys.ts';
import type { DataLink } from '../model/records.ts';
export function isDataLinkPage(dataLink: Pick<DataLink, 'url'>, pageUrl: string): boolean {
  return normaliseUrl(dataLink.url) === normaliseUrl(pageUrl);
}
