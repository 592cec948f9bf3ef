import type { Cell } from '../draft.ts';
import { dayOrderOf, parseDateAs, type DayOrder } from '../loose-dates.ts';

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

/**
 * Rewrites every date cell of a file as ISO (`2026-10-05`, or a UTC date-time), read in the one
 * day order the file's dates allow. A cell that is no date is left as written, so the error about
 * it quotes what the person typed. Returns the order, for dates found elsewhere (headers).
 */
export function tidyDates(cells: readonly Cell[], alsoSeen: readonly string[]): DayOrder {
  const order = dayOrderOf([...cells.map((c) => c.text), ...alsoSeen]);
  for (const cell of cells) {
    if (ISO_DAY.test(cell.text)) continue; // read as it is, and quoted as written
    const iso = parseDateAs(cell.text, order, { serials: true });
    if (iso) cell.text = iso;
  }
  return order;
}
