/**
 * Record fields no CSV carries, on purpose: a key result's data link (a page locator) and live count
 * (a JQL query or milestone) are set in the extension and do not belong in a spreadsheet's
 * columns. Importing a CSV over the workspace keeps the stored ones instead of dropping them; the
 * bundle carries them in full (docs/csv-format.md).
 */
export const KEPT_ON_IMPORT: ReadonlySet<string> = new Set(['dataLink', 'liveCount']);
