import type { NumberOffer } from './number-offer.ts';
import type { PageSummary } from './page-summary.ts';

/** Whether a number read or fetched differs from the item's current value (none counts as different). */
export const differs = (a: number | undefined, b: number) => a === undefined || Math.abs(a - b) > 1e-9;

/**
 * Live-count offers fetched earlier, checked against a newer summary: each item as it is now, and
 * only while its value still differs (a check-in made since, here or elsewhere, ends the offer).
 */
export function stillOffered(offers: NumberOffer[], summary: PageSummary): NumberOffer[] {
  const items = new Map(summary.liveCounts.map(({ item }) => [item.id, item]));
  return offers.flatMap((offer) => {
    const item = items.get(offer.item.id);
    return item && differs(item.value, offer.value) ? [{ ...offer, item }] : [];
  });
}
