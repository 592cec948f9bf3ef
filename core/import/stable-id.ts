// Ids for records made from files that carry none. Derived from what identifies the row (type,
// period, parent, title), so importing the same file twice finds the same records again.

/** cyrb53: a fast 53-bit string hash, good enough to tell rows apart (not for security). */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// 36^5: both halves of a 53-bit number split at it fit a small integer, and V8 prints small
// integers in base 36 about ten times faster than a 53-bit double.
const LOW = 60_466_176;

/** `n.toString(36)` for a whole number 0 ≤ n < 2^53, the same digits, faster. */
export function base36(n: number): string {
  if (n < LOW) return n.toString(36);
  let high = Math.floor(n / LOW);
  let low = n - high * LOW; // exact: high * LOW < 2^53
  // The division rounds; at most one step off either way.
  if (low < 0) { high--; low += LOW; } else if (low >= LOW) { high++; low -= LOW; }
  return high.toString(36) + low.toString(36).padStart(5, '0');
}

export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}-${base36(cyrb53(parts.join('\u001f')))}`;
}
