import { fieldStamp, stampTime } from '../../core/merge/hlc.ts';
import { canonical, type Versioned } from '../../core/merge/merge-records.ts';

const BOOKKEEPING = new Set(['id', 'updatedAt', 'fieldClocks']);

/**
 * `next` stamped as a local edit of `old` (DESIGN.md "Merge": per-field last-writer-wins).
 * Changed fields take the new `updatedAt`; unchanged ones keep the stamp they had, so merging
 * with a teammate who edited another field of the same record keeps both edits.
 */
export function stampEdit(old: Versioned, next: Record<string, unknown>, now: Date): Record<string, unknown> {
  const latest = [old.updatedAt, ...Object.values(old.fieldClocks ?? {}).map(stampTime)].reduce((a, b) => (b > a ? b : a));
  // An edit must win over what it edited, even on a computer whose clock is behind the record's.
  const at = now.toISOString() > latest ? now.toISOString() : new Date(Date.parse(latest) + 1).toISOString();
  const clocks: Record<string, string> = {};
  for (const field of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (BOOKKEEPING.has(field) || canonical(old[field]) !== canonical(next[field])) continue;
    const stamp = fieldStamp(old, field);
    if (stamp !== at) clocks[field] = stamp;
  }
  const { fieldClocks: _dropped, ...fields } = next;
  return { ...fields, id: old.id, updatedAt: at, ...(Object.keys(clocks).length > 0 ? { fieldClocks: clocks } : {}) };
}
