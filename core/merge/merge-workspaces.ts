import { canonicalTimes } from '../model/canonical-time.ts';
import type { CheckIn } from '../model/records.ts';
import type { WorkspaceInfo } from '../model/settings.ts';
import { COLLECTIONS, type CollectionName, type Tombstone, type Workspace } from '../model/workspace.ts';
import { stampTime } from './hlc.ts';
import { canonical, mergeRecord, type FieldConflict, type Versioned } from './merge-records.ts';

export type MergeInput = { source: string; ws: Workspace; exportedAt?: string };
export type Conflict = FieldConflict & { recordType: string };
/** `workspaces` lists the distinct workspace ids merged: more than one usually means files from different teams. */
export type MergeReport = { conflicts: Conflict[]; clockAhead: { source: string; latest: string; reference: string }[]; deleted: number; workspaces: string[] };

const AHEAD_TOLERANCE_MS = 5 * 60_000;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const typedKey = (type: string, id: string) => `${type}\u0000${id}`;

/**
 * Merges workspaces from several people into one. The result does not depend on the order of
 * the inputs, merging the same data twice changes nothing, check-ins are a set union (none is
 * lost), and a deletion wins over edits older than it. Conflicting edits are resolved by the
 * per-field stamps and listed in the report; an input stamped in the future is flagged.
 */
export function mergeWorkspaces(rawInputs: readonly MergeInput[], now: Date): { ws: Workspace; report: MergeReport } {
  if (rawInputs.length === 0) throw new Error('merge: nothing to merge');
  // Stamps are compared as text below, which orders instants only in the canonical form.
  const inputs = rawInputs.map((i) => ({ ...i, ws: canonicalTimes(i.ws) }));
  const conflicts: Conflict[] = [];
  // A person and a key result may share an id: a deletion is of one type of record only.
  const tombstones = new Map<string, Tombstone>();
  for (const t of inputs.flatMap((i) => i.ws.tombstones)) {
    const known = tombstones.get(typedKey(t.type, t.id));
    if (!known || t.deletedAt > known.deletedAt) tombstones.set(typedKey(t.type, t.id), t);
  }
  const result = {} as Workspace;
  const lastSeen = new Map<string, Versioned>();
  let deleted = 0;

  for (const [collection, recordType] of Object.entries(COLLECTIONS) as [CollectionName, string][]) {
    // Grouped by id in one pass (inputs in order, tombstones' last states after each input's
    // records). Most ids have one version: it is kept alone, a list only for two or more.
    type Version = { source: string; record: Versioned };
    const groups = new Map<string, Version | Version[]>();
    const add = (source: string, record: Versioned) => {
      const version = { source, record };
      const group = groups.get(record.id);
      if (group === undefined) groups.set(record.id, version);
      else if (Array.isArray(group)) group.push(version);
      else groups.set(record.id, [group, version]);
    };
    for (const { source, ws } of inputs) {
      for (const record of ws[collection] as unknown as Versioned[]) add(source, record);
      for (const t of ws.tombstones) if (t.type === recordType && t.last) add(source, t.last as Versioned);
    }
    const merged: Versioned[] = [];
    const local: FieldConflict[] = [];
    for (const group of groups.values()) {
      const { record, latest } = collection === 'checkIns' ? mergeEvent(Array.isArray(group) ? group : [group], local) : mergeRecord(Array.isArray(group) ? group : [group], local);
      for (const c of local) conflicts.push({ ...c, recordType });
      local.length = 0;
      const tomb = tombstones.size > 0 ? tombstones.get(typedKey(recordType, record.id)) : undefined;
      if (tomb && tomb.deletedAt >= stampTime(latest)) {
        deleted++;
        lastSeen.set(typedKey(recordType, record.id), record);
      } else merged.push(record);
    }
    (result as Record<CollectionName, unknown>)[collection] = merged.sort(byId);
  }
  result.tombstones = [...tombstones.values()].map(({ last: _last, ...t }) => {
    const last = lastSeen.get(typedKey(t.type, t.id));
    return last ? { ...t, last } : t;
  }).sort((a, b) => byId(a, b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const infos = inputs.map(({ source, ws }) => ({ source, record: { ...ws.workspace } as unknown as Versioned }));
  const info: FieldConflict[] = [];
  result.workspace = mergeRecord(infos, info).record as unknown as WorkspaceInfo;
  conflicts.push(...info.map((c) => ({ ...c, recordType: 'workspace' })));

  conflicts.sort((a, b) => a.recordType.localeCompare(b.recordType) || a.id.localeCompare(b.id) || a.field.localeCompare(b.field));
  const workspaces = [...new Set(inputs.map((i) => i.ws.workspace.id))].sort();
  return { ws: result, report: { conflicts, clockAhead: clocksAhead(inputs, now), deleted, workspaces } };
}

// Check-ins are immutable events: the same id twice should be the same event. If two copies
// differ anyway, the larger canonical form wins so every merger picks the same one; among equal
// copies the first file by name is reported, so the report is the same in any order too.
function mergeEvent(group: { source: string; record: Versioned }[], conflicts: FieldConflict[]) {
  // Most ids have one copy: only two copies need their canonical forms compared.
  if (group.length === 1) return { record: group[0]!.record, latest: group[0]!.record.updatedAt };
  const sorted = group.map((g) => ({ ...g, text: canonical(g.record) })).sort((a, b) => (a.text < b.text ? 1 : a.text > b.text ? -1 : a.source < b.source ? -1 : 1));
  const winner = sorted[0]!;
  const others = sorted.filter((g) => g.text !== winner.text);
  if (others.length > 0) conflicts.push({ id: winner.record.id, field: '(check-in)', winner: { source: winner.source, value: winner.record as unknown as CheckIn }, others: others.map((o) => ({ source: o.source, value: o.record })) });
  return { record: winner.record, latest: winner.record.updatedAt };
}

function clocksAhead(inputs: readonly MergeInput[], now: Date): MergeReport['clockAhead'] {
  return inputs.flatMap(({ source, ws, exportedAt }) => {
    let latest = '';
    for (const c of Object.keys(COLLECTIONS) as CollectionName[]) {
      for (const r of ws[c] as unknown as Versioned[]) {
        if (r.updatedAt > latest) latest = r.updatedAt;
        if (r.fieldClocks) for (const stamp of Object.values(r.fieldClocks)) if (stampTime(stamp) > latest) latest = stampTime(stamp);
      }
    }
    const reference = exportedAt && Date.parse(exportedAt) < now.getTime() ? exportedAt : now.toISOString();
    return latest && Date.parse(latest) > Date.parse(reference) + AHEAD_TOLERANCE_MS ? [{ source, latest, reference }] : [];
  });
}
