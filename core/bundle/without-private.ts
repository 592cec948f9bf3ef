import type { Workspace } from '../model/workspace.ts';

/**
 * The workspace as someone outside the owners may see it: private objectives left out, with their
 * key results, the initiatives under either, every check-in on them, and their tombstones (a
 * tombstone keeps the record's last state, title included). A public objective aligned under a
 * private one keeps only its public parents, so the file still reads back.
 */
export function withoutPrivate(ws: Workspace): Workspace {
  const hidden = new Set(ws.objectives.filter((o) => o.private).map((o) => o.id));
  if (hidden.size === 0 && !ws.tombstones.some((t) => isPrivateTombstone(t, hidden))) return ws;
  const hiddenKrs = new Set(ws.keyResults.filter((k) => hidden.has(k.objectiveId)).map((k) => k.id));
  const hiddenInitiatives = new Set(
    ws.initiatives.filter((i) => (i.parentType === 'objective' ? hidden : hiddenKrs).has(i.parentId)).map((i) => i.id),
  );
  const gone = new Set([...hidden, ...hiddenKrs, ...hiddenInitiatives]);
  const isGone = (type: string, id: string) =>
    (type === 'objective' ? hidden : type === 'keyResult' ? hiddenKrs : type === 'initiative' ? hiddenInitiatives : new Set()).has(id);
  return {
    ...ws,
    objectives: ws.objectives.filter((o) => !hidden.has(o.id)).map((o) =>
      o.parentIds.some((p) => hidden.has(p)) ? { ...o, parentIds: o.parentIds.filter((p) => !hidden.has(p)) } : o),
    keyResults: ws.keyResults.filter((k) => !hiddenKrs.has(k.id)),
    initiatives: ws.initiatives.filter((i) => !hiddenInitiatives.has(i.id)),
    checkIns: ws.checkIns.filter((c) => !isGone(c.targetType, c.targetId)),
    tombstones: ws.tombstones.filter((t) => !isPrivateTombstone(t, gone) && !gone.has(t.id)),
  };
}

/** A deleted private objective, or a deleted record that lived under a private one. */
function isPrivateTombstone(t: Workspace['tombstones'][number], gone: ReadonlySet<string>): boolean {
  const last = (t.last ?? {}) as Record<string, unknown>;
  return last.private === true || gone.has(String(last.objectiveId)) || gone.has(String(last.parentId));
}
