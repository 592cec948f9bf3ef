import { normaliseHeader } from '../header-fields.ts';

/**
 * A short stable name for a header, the same for the same columns however they are spelled
 * (`Owner Email` = `owner-email`): FNV-1a over the normalised cells, as 8 hex digits.
 */
export function headerHash(header: readonly string[]): string {
  const text = header.map(normaliseHeader).join('\u001f');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
