import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base36, stableId } from './stable-id.ts';

// The id function as it was before base36: ids already stored in workspaces must not change.
function oldStableId(prefix: string, ...parts: readonly string[]): string {
  const text = parts.join('\u001f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${prefix}-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

describe('base36', () => {
  it('prints every whole number below 2^53 as Number#toString(36) does', () => {
    fc.assert(fc.property(fc.maxSafeNat(), (n) => base36(n) === n.toString(36)), { numRuns: 20_000 });
  });

  it('is exact at the edges of its split', () => {
    const LOW = 36 ** 5;
    const edges = [0, 1, 35, 36, LOW - 1, LOW, LOW + 1, 2 * LOW - 1, 2 * LOW, 36 ** 10 - 1, 36 ** 10, 2 ** 53 - 1, 2 ** 53 - LOW, 2 ** 32, 2 ** 32 - 1];
    for (const n of edges) expect(base36(n)).toBe(n.toString(36));
    // Multiples of the split and their neighbours, where a rounded division would show.
    fc.assert(fc.property(fc.integer({ min: 1, max: Math.floor((2 ** 53 - 1) / LOW) - 1 }), fc.integer({ min: -1, max: 1 }), (k, d) => base36(k * LOW + d) === (k * LOW + d).toString(36)));
  });
});

describe('stableId', () => {
  it('gives the ids it always gave, for any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3 }), fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 4 }), (prefix, parts) =>
      stableId(prefix, ...parts) === oldStableId(prefix, ...parts)), { numRuns: 3_000 });
  });

  it('keeps known ids', () => {
    expect(stableId('kr', 'obj-1', 'grow')).toBe(oldStableId('kr', 'obj-1', 'grow'));
    expect(stableId('person', 'ada@example.com')).toMatch(/^person-[0-9a-z]+$/);
  });
});
