import { linkKeyForUrl } from '../../../core/model/link-url.ts';
import type { Link } from '../../../core/model/records.ts';

/** Links as a person types them: one URL per line. */
export const linksText = (links: readonly Link[]): string => links.map((l) => l.url).join('\n');

/** The links typed, keeping the title of a link that was already there; the background checks each URL. */
export function linksOf(text: string, previous: readonly Link[]): Link[] {
  const byUrl = new Map(previous.map((l) => [l.url, l]));
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((url) => byUrl.get(url) ?? { key: linkKeyForUrl(url), url });
}
