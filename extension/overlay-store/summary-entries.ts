import type { LinkSummary } from '../../core/report/link-summary.ts';
import { SUMMARY_KEYS } from './summary-keys.ts';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
};

/** The summary as storage.local entries: items per link key, data links and live counts per host. */
export function summaryEntries(summary: LinkSummary): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, items] of summary.byKey) entries.set(SUMMARY_KEYS.link(key), items);
  const perHost = <T>(prefix: (host: string) => string, list: T[], host: (x: T) => string | undefined) => {
    const buckets = new Map<string, T[]>();
    for (const x of list) {
      const h = host(x);
      if (h) (buckets.get(prefix(h)) ?? buckets.set(prefix(h), []).get(prefix(h))!).push(x);
    }
    for (const [key, bucket] of buckets) entries.set(key, bucket);
  };
  perHost(SUMMARY_KEYS.dataLinks, summary.dataLinks, (d) => hostOf(d.source.url));
  perHost(SUMMARY_KEYS.liveCounts, summary.liveCounts, (l) => l.source.host);
  entries.set(SUMMARY_KEYS.index, [...entries.keys()].sort());
  return entries;
}
