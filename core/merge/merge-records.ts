import { fieldStamp, type Stamp } from './hlc.ts';

export type Versioned = { id: string; updatedAt: string; fieldClocks?: Record<string, string> } & Record<string, unknown>;
export type Source<T> = { source: string; record: T };
export type FieldConflict = { id: string; field: string; winner: { source: string; value: unknown }; others: { source: string; value: unknown }[] };

const BOOKKEEPING = new Set(['id', 'updatedAt', 'fieldClocks']);

/** Text that orders values totally, so ties between equal stamps are broken the same way everywhere. */
export const canonical = (value: unknown): string =>
  value === undefined ? '' : JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));

type Candidate = { source: string; stamp: Stamp; text: string };
// When several files carry the winning value at the same stamp, the first file by name is the one
// reported, so the conflict report too is the same in any order.
const later = (a: Candidate, b: Candidate) => a.stamp > b.stamp || (a.stamp === b.stamp && (a.text > b.text || (a.text === b.text && a.source < b.source)));

/**
 * One record from several versions of it: each field is a last-writer-wins register, the
 * larger (stamp, value) pair wins. The result keeps every winning stamp (in `fieldClocks` where
 * it differs from `updatedAt`), so merging it again with anything gives the same answer as
 * merging everything at once.
 */
export function mergeRecord<T extends Versioned>(versions: readonly Source<T>[], conflicts: FieldConflict[]): { record: T; latest: Stamp } {
  const fields = new Set<string>();
  for (const { record } of versions) {
    for (const k of Object.keys(record)) if (!BOOKKEEPING.has(k)) fields.add(k);
    for (const k of Object.keys(record.fieldClocks ?? {})) fields.add(k);
  }
  const updatedAt = versions.map((v) => v.record.updatedAt).reduce((a, b) => (b > a ? b : a));
  // Versions of one record share its id; workspace infos from different teams do not, and taking
  // the smallest keeps the result independent of the order of the inputs.
  const out: Record<string, unknown> = { id: versions.map((v) => v.record.id).reduce((a, b) => (b < a ? b : a)) };
  const clocks: Record<string, string> = {};
  let latest: Stamp = updatedAt;
  // One version (most records of most merges): nothing to compare, so no canonical text.
  const only = versions.length === 1 ? versions[0]!.record : undefined;
  for (const field of [...fields].sort()) {
    if (only) {
      const stamp = fieldStamp(only, field);
      if (only[field] !== undefined) out[field] = only[field];
      if (stamp !== updatedAt) clocks[field] = stamp;
      if (stamp > latest) latest = stamp;
      continue;
    }
    const candidates = versions.map(({ source, record }) => ({ source, value: record[field], stamp: fieldStamp(record, field), text: canonical(record[field]) }));
    const winner = candidates.reduce((a, b) => (later(b, a) ? b : a));
    if (winner.value !== undefined) out[field] = winner.value;
    if (winner.stamp !== updatedAt) clocks[field] = winner.stamp;
    if (winner.stamp > latest) latest = winner.stamp;
    const others = candidates.filter((c) => c.text !== winner.text);
    if (others.length > 0) {
      const distinct = new Map(others.map((o) => [`${o.source}\u0000${o.text}`, { source: o.source, value: o.value }]));
      conflicts.push({ id: out.id as string, field, winner: { source: winner.source, value: winner.value }, others: [...distinct.values()].sort((a, b) => a.source.localeCompare(b.source)) });
    }
  }
  out.updatedAt = updatedAt;
  if (Object.keys(clocks).length > 0) out.fieldClocks = clocks;
  return { record: out as T, latest };
}
