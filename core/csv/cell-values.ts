import { linkKeyForUrl } from '../model/link-url.ts';
import type { Link } from '../model/records.ts';

/** Reads a cell as a number written the way we write them; NaN marks a bad value. */
export const readNumber = (cell: string): number | undefined => (cell.trim() === '' ? undefined : Number(cell.trim()));

const TRUE = new Set(['yes', 'y', 'true', '1', 'x', '✓']);
const FALSE = new Set(['no', 'n', 'false', '0', '']);

export function readBoolean(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  return TRUE.has(v) ? true : FALSE.has(v) ? false : undefined;
}

/** `[title](url)` or a bare URL; the canonical key is derived from the URL. */
export function readLink(cell: string): Link {
  const m = /^\[(.*)\]\((.*)\)$/s.exec(cell.trim());
  const [title, url] = m ? [m[1] ?? '', (m[2] ?? '').trim()] : [undefined, cell.trim()];
  return { key: linkKeyForUrl(url), url, ...(title ? { title } : {}) };
}
