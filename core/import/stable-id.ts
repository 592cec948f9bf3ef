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

export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}-${cyrb53(parts.join('\u001f')).toString(36)}`;
}
