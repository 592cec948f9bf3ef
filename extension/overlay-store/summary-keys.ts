// The storage.local keys the background writes and content scripts read (DESIGN.md traps,
// "Overlay latency"): one key per link key, so a page reads only what concerns it, whatever
// the number of links in the workspace.
export const SUMMARY_KEYS = {
  link: (linkKey: string) => `lens:link:${linkKey}`,
  /** Every `lens:link:` key written, so stale ones can be removed without reading everything. */
  index: 'lens:link-index',
  dataLinks: (host: string) => `lens:data-links:${host.toLowerCase()}`,
  liveCounts: (host: string) => `lens:live-counts:${host.toLowerCase()}`,
  /** Whether the overlay is collapsed to its badge on a host (collapsed unless set to false). */
  collapsed: (host: string) => `lens:collapsed:${host.toLowerCase()}`,
  /** Who uses this browser, so a check-in names its author without asking the background first. */
  me: 'lens:me',
} as const;
