import { checkSpec } from './check-spec.ts';
import { recordSpecs } from './records.ts';
import type { Spec } from './schema.ts';
import { COLLECTIONS, type Workspace } from './workspace.ts';

// Files may carry times with offsets or without seconds (`09:00:00-08:00`, `09:00Z`), which do
// not sort as text. Every time is stored as `toISOString()` gives it (UTC, milliseconds), so
// stored text sorts in time order and equal instants are equal strings.

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** `text` as a canonical UTC time, or unchanged when it is not a valid date-time (validation reports it). */
export function canonicalTime(text: string): string {
  if (CANONICAL.test(text)) return text;
  if (checkSpec({ type: 'string', format: 'datetime' }, text).length > 0) return text;
  return new Date(Date.parse(text)).toISOString();
}

const isDateTime = (spec: Spec): boolean =>
  (spec.type === 'string' && spec.format === 'datetime') || (spec.type === 'optional' && isDateTime(spec.of));

const datetimeFields = (spec: Spec): string[] =>
  spec.type === 'object' ? Object.entries(spec.fields).filter(([, f]) => isDateTime(f)).map(([k]) => k) : [];

const FIELDS = Object.fromEntries(Object.entries(recordSpecs).map(([type, spec]) => [type, datetimeFields(spec)])) as Record<keyof typeof recordSpecs, string[]>;

// Anything may arrive from a file: what is not a record is left for validation to name.
function canonicalRecord<T>(record: T, fields: readonly string[]): T {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const r = record as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const f of fields) {
    const v = r[f];
    if (typeof v !== 'string') continue;
    const c = canonicalTime(v);
    if (c !== v) (copy ??= { ...r })[f] = c;
  }
  return (copy ?? record) as T;
}

/** The workspace (or a batch of records) with every date-time in canonical form; unchanged records are not copied. */
export function canonicalTimes<W extends Partial<Workspace>>(ws: W): W {
  const out: Partial<Workspace> = { ...ws };
  if (ws.workspace) out.workspace = canonicalRecord(ws.workspace, ['updatedAt']);
  for (const [collection, type] of Object.entries(COLLECTIONS) as [keyof typeof COLLECTIONS, keyof typeof recordSpecs][]) {
    const list = ws[collection];
    if (Array.isArray(list)) (out as Record<string, unknown>)[collection] = list.map((r) => canonicalRecord(r, FIELDS[type]));
  }
  if (Array.isArray(ws.tombstones)) out.tombstones = ws.tombstones.map((t) => canonicalRecord(t, ['deletedAt']));
  return out as W;
}
