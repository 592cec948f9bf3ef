import { recordSpecs } from '../model/records.ts';
import { validateWorkspace } from '../model/validate.ts';
import { COLLECTIONS, type CollectionName, type Workspace } from '../model/workspace.ts';
import type { RecordBatch } from '../store/record-batch.ts';
import { hasErrors, type Problem } from './problems.ts';
import { KEPT_ON_IMPORT } from './kept-on-import.ts';
import { append } from '../util/append.ts';

export type Outcome = { created: string[]; updated: string[]; unchanged: string[] };
export type ImportSummary = Record<CollectionName, Outcome>;
export type ImportPlan = { ok: boolean; problems: Problem[]; summary: ImportSummary; result: Workspace; batch: RecordBatch };

/** Where a record came from, so a problem found later can still name the file and row. */
/** `column` maps a record field to the header it was read from; a function, so big imports allocate nothing per row. */
export type Provenance = Map<string, { file: string; row: number; column?: (field: string) => string | undefined }>;

export type Incoming = Partial<Pick<Workspace, CollectionName>>;

/** `from`'s entries added to `into` (later wins), or `from` itself when `into` is still empty: big imports copy no map. */
export function joinProvenance(into: Provenance, from: Provenance): Provenance {
  if (into.size === 0) return from;
  from.forEach((v, k) => into.set(k, v));
  return into;
}

type AnyRecord = { id: string; updatedAt: string } & Record<string, unknown>;

const sameContent = (a: AnyRecord, b: AnyRecord) => JSON.stringify({ ...a, updatedAt: '' }, Object.keys(a).sort()) === JSON.stringify({ ...b, updatedAt: '' }, Object.keys(b).sort());

/**
 * Combines what a file brings with the workspace: records with a known id are updated (fields
 * OKR Lens does not know are kept), new ones created, identical ones left alone. Check-ins are
 * never edited. The whole result is validated; `ok` is false when anything is wrong, and then
 * nothing should be written.
 */
export function planImport(base: Workspace, incoming: Incoming, problems: Problem[], provenance: Provenance, now: string): ImportPlan {
  const summary = {} as ImportSummary;
  const result: Workspace = { ...base };
  const batch: RecordBatch = {};
  for (const [collection, type] of Object.entries(COLLECTIONS) as [CollectionName, keyof typeof recordSpecs][]) {
    const outcome: Outcome = { created: [], updated: [], unchanged: [] };
    summary[collection] = outcome;
    const list = (incoming[collection] ?? []) as unknown as AnyRecord[];
    if (list.length === 0) continue;
    // Fields a file cannot carry are kept from the stored record, like fields OKR Lens does not know.
    const known = new Set(Object.keys(recordSpecs[type].fields).filter((f) => !KEPT_ON_IMPORT.has(f)));
    const merged = new Map((base[collection] as unknown as AnyRecord[]).map((r) => [r.id, r]));
    const written: AnyRecord[] = [];
    const seen = new Set<string>();
    for (const record of list) {
      const old = merged.get(record.id);
      // A record not in `merged` yet was not seen either: new records skip the second lookup.
      const first = !old || !seen.has(record.id);
      seen.add(record.id);
      if (!old) {
        merged.set(record.id, record);
        written.push(record);
        outcome.created.push(record.id);
      } else if (sameContent(old, { ...record, ...unknownFields(old, known) })) {
        if (first) outcome.unchanged.push(record.id);
      } else if (collection === 'checkIns') {
        const at = provenance.get(record.id);
        problems.push({ file: at?.file ?? '', row: at?.row, column: 'id', severity: 'warning',
          message: `check-in ${JSON.stringify(record.id)} already exists with other content; kept the existing one (check-ins are never edited)` });
      } else {
        const updated = { ...unknownFields(old, known), ...record, updatedAt: now };
        merged.set(record.id, updated);
        written.push(updated);
        if (first) outcome.updated.push(record.id);
      }
    }
    (result as Record<CollectionName, unknown>)[collection] = [...merged.values()];
    (batch as Record<CollectionName, unknown>)[collection] = written;
  }
  for (const issue of validateWorkspace(result)) {
    const at = provenance.get(issue.id);
    problems.push({ file: at?.file ?? '(workspace)', row: at?.row, column: at?.column?.(issue.field) ?? issue.field, severity: 'error',
      message: `${issue.recordType} ${JSON.stringify(issue.id)}: ${issue.field} ${issue.message}` });
  }
  append(problems, alignmentCycles(result, provenance));
  return { ok: !hasErrors(problems), problems, summary, result, batch };
}

function unknownFields(record: AnyRecord, known: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !known.has(k)));
}

function alignmentCycles(ws: Workspace, provenance: Provenance): Problem[] {
  const parents = new Map(ws.objectives.map((o) => [o.id, o.parentIds]));
  const problems: Problem[] = [];
  for (const o of ws.objectives) {
    const seen = new Set<string>();
    let frontier = [...o.parentIds];
    while (frontier.length > 0 && !seen.has(o.id)) {
      frontier.forEach((id) => seen.add(id));
      frontier = frontier.flatMap((id) => parents.get(id) ?? []).filter((id) => !seen.has(id) || id === o.id);
    }
    if (seen.has(o.id)) {
      const at = provenance.get(o.id);
      problems.push({ file: at?.file ?? '(workspace)', row: at?.row, column: at?.column?.('parentIds') ?? 'parent', severity: 'error',
        message: `objective "${o.title}" is its own ancestor: its parents form a cycle` });
    }
  }
  return problems;
}
