// A slide's URL is the page with `#/n` (1-based): it works from any static host and from disk,
// and opening it shows that slide.

export function slideFromHash(hash: string, total: number): number {
  const m = /^#\/(\d+)$/.exec(hash);
  const n = m ? Number(m[1]) : 1;
  return Math.min(total, Math.max(1, n));
}

export const slideHash = (n: number): string => `#/${n}`;

/** The presenter view of the same deck: this page with `?view=presenter`, on the same slide. */
export function presenterUrl(location: Pick<Location, 'href'>, slide: number): string {
  const url = new URL(location.href);
  url.search = '?view=presenter';
  url.hash = slideHash(slide);
  return url.href;
}
