import type { Workspace } from '../model/workspace.ts';
import { COLLECTIONS, type CollectionName } from '../model/workspace.ts';
import type { FileReport, ImportResult } from './import-files.ts';
import type { Problem } from './problems.ts';

/** What an import would do to one collection; `names` shows the first few records by title or name. */
export type CollectionPreview = { created: number; updated: number; unchanged: number; removed: number; names: { created: string[]; updated: string[] } };
/**
 * What the person sees before anything is written: per collection what is created, updated and (a
 * bundle replaces everything) removed, and every problem with its file, row and column.
 */
export type ImportPreview = {
  kind: 'csv' | 'bundle';
  ok: boolean;
  problems: Problem[];
  collections: Record<CollectionName, CollectionPreview>;
  /** A foreign CSV file also carries its column mapping and first rows, for the mapping step. */
  files: Pick<FileReport, 'file' | 'description' | 'rows' | 'mapping' | 'needsMapping' | 'sample'>[];
};

const SHOWN = 20;
type Named = { id: string; updatedAt: string; title?: string; name?: string };
// Check-ins have no title: they are counted, not named.
const names = (ids: readonly string[], byId: ReadonlyMap<string, Named>) =>
  ids.slice(0, SHOWN).flatMap((id) => { const r = byId.get(id); const label = r?.title ?? r?.name; return label === undefined ? [] : [label]; });
const listsOf = (ws: Workspace | undefined, c: CollectionName) => (ws?.[c] ?? []) as unknown as Named[];

/** The preview of a planned CSV import (core/import/import-files.ts). */
export function csvPreview(plan: ImportResult): ImportPreview {
  const collections = {} as Record<CollectionName, CollectionPreview>;
  for (const c of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { created, updated, unchanged } = plan.summary[c];
    const byId = new Map(listsOf(plan.result, c).map((r) => [r.id, r]));
    collections[c] = { created: created.length, updated: updated.length, unchanged: unchanged.length, removed: 0, names: { created: names(created, byId), updated: names(updated, byId) } };
  }
  return { kind: 'csv', ok: plan.ok, problems: plan.problems, collections, files: plan.files.map(({ file, description, rows, mapping, needsMapping, sample }) => ({ file, rows, ...(description ? { description } : {}), ...(mapping ? { mapping, needsMapping: needsMapping ?? false, sample: sample ?? [] } : {}) })) };
}

/** The preview of importing a bundle, which replaces the workspace: what is new, edited, the same, and gone. */
export function bundlePreview(current: Workspace | undefined, incoming: Workspace, file: string): ImportPreview {
  const collections = {} as Record<CollectionName, CollectionPreview>;
  for (const c of Object.keys(COLLECTIONS) as CollectionName[]) {
    const old = new Map(listsOf(current, c).map((r) => [r.id, r]));
    const next = listsOf(incoming, c);
    const created = next.filter((r) => !old.has(r.id));
    const updated = next.filter((r) => old.has(r.id) && old.get(r.id)!.updatedAt !== r.updatedAt);
    const kept = new Set(next.map((r) => r.id));
    const byId = new Map(next.map((r) => [r.id, r]));
    collections[c] = {
      created: created.length, updated: updated.length, unchanged: next.length - created.length - updated.length,
      removed: [...old.keys()].filter((id) => !kept.has(id)).length,
      names: { created: names(created.map((r) => r.id), byId), updated: names(updated.map((r) => r.id), byId) },
    };
  }
  return { kind: 'bundle', ok: true, problems: [], collections, files: [{ file, rows: incoming.objectives.length + incoming.keyResults.length + incoming.initiatives.length, description: 'OKR Lens bundle (replaces this browser’s workspace)' }] };
}

/** A bundle that cannot be read: its errors, each naming the file and the record. */
export function refusedPreview(file: string, errors: readonly string[]): ImportPreview {
  const collections = {} as Record<CollectionName, CollectionPreview>;
  for (const c of Object.keys(COLLECTIONS) as CollectionName[]) collections[c] = { created: 0, updated: 0, unchanged: 0, removed: 0, names: { created: [], updated: [] } };
  const problems = errors.map((message): Problem => ({ file, severity: 'error', message: message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message }));
  return { kind: 'bundle', ok: false, problems, collections, files: [{ file, rows: 0 }] };
}
