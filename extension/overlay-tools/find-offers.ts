import { parsePageNumber } from '../../core/capture/parse-page-number.ts';
import { matchesDataLink } from '../../core/capture/match-data-link.ts';
import type { FetchLike, LiveCountResult, SiteName } from '../sites/site-types.ts';
import { LIVE_COUNTS } from './live-counts.ts';
import { differs } from '../overlay/still-offered.ts';
import { resolveLocator, visibleText } from './capture/element-locator.ts';
import type { NumberOffer } from '../overlay/number-offer.ts';
import type { PageSummary } from '../overlay/page-summary.ts';


/** Numbers this page shows for key results that captured them here before, when they moved. */
export function dataLinkOffers(doc: Document, pageUrl: string, summary: PageSummary): NumberOffer[] {
  const offers: NumberOffer[] = [];
  for (const { item, source } of summary.dataLinks) {
    if (!matchesDataLink(source, pageUrl)) continue;
    const el = resolveLocator(doc, source.locator);
    const text = el && visibleText(el);
    const number = text ? parsePageNumber(text) : undefined;
    if (!number || !differs(item.value, number.value)) continue;
    offers.push({ item, value: number.value, valueText: text!, source: 'page-capture', sourceUrl: pageUrl, evidence: `${source.label}: ${text}` });
  }
  return offers;
}

/** Live counts whose query runs on this site, fetched with the person's own session. */
export async function liveCountOffers(site: SiteName, pageUrl: URL, summary: PageSummary, fetchFn: FetchLike): Promise<NumberOffer[]> {
  const count = LIVE_COUNTS[site];
  if (!count || site === 'salesforce') return [];
  const results = await Promise.all(summary.liveCounts.map(async ({ item, source }) => {
    const got: LiveCountResult = await count(source, pageUrl, fetchFn).catch((e: unknown) => ({ ok: false, error: String(e) }) as const);
    return got.ok && differs(item.value, got.value)
      ? { item, value: got.value, valueText: String(Math.round(got.value * 100) / 100), source: site, sourceUrl: got.sourceUrl, evidence: got.evidence } satisfies NumberOffer
      : undefined;
  }));
  return results.filter((o) => o !== undefined);
}
