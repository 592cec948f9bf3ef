import { unwrap, type IDBPDatabase } from 'idb';
import type { Link } from '../model/records.ts';
import type { TargetType } from '../model/vocabulary.ts';
import type { OkrDb, StoreName } from './db-schema.ts';
import type { RecordBatch } from './record-batch.ts';
import { linkRangeOf, linkRowsOf, targetsWithRows } from './stale-links.ts';

export { linkRowsOf } from './stale-links.ts';

export type WriteOptions = {
  replace?: boolean;
  /** Ids the caller knows are new to the store: they have no link rows to clear, nor to look for. */
  newIds?: ReadonlySet<string>;
};

const STORES: StoreName[] = ['meta', 'people', 'teams', 'periods', 'objectives', 'keyResults', 'initiatives', 'checkIns', 'kpis', 'links', 'tombstones'];

/**
 * One readwrite transaction for the whole batch. Nothing but IndexedDB calls happens inside it, so
 * it stays atomic: any failure, such as a check-in id that already exists, aborts the transaction
 * and so undoes every write in it. Requests go to the plain IndexedDB objects, not idb's wrappers:
 * a promise per request cost a 10,000-record write 0.15–0.2 s; only the transaction is awaited.
 */
export async function writeBatch(db: IDBPDatabase<OkrDb>, batch: RecordBatch, durability: 'strict' | 'relaxed', { replace = false, newIds }: WriteOptions = {}): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite', { durability });
  const raw = unwrap(tx);
  const store = (name: StoreName) => raw.objectStore(name);
  let refused: unknown;
  // Not idb's `tx.done`: it rejects on the failed request's error event with a bare AbortError,
  // before the transaction's own error (the request's, such as a ConstraintError) is set.
  void tx.done.catch(() => undefined);
  const done = new Promise<void>((resolve, reject) => {
    raw.addEventListener('complete', () => resolve());
    raw.addEventListener('abort', () => reject(raw.error ?? new DOMException('the transaction was aborted', 'AbortError')));
  });
  try {
    // Replacing clears in the same transaction, so a failed write leaves the old workspace whole.
    // `meta` stays: the last export date belongs to this browser, and `workspace` is put below.
    if (replace) for (const name of STORES) if (name !== 'meta') store(name).clear();
    // Only records that already have link rows get them cleared: one key read finds which.
    const linked = [...(batch.keyResults ?? []), ...(batch.initiatives ?? [])].map((r) => r.id).filter((id) => !newIds?.has(id));
    const range = replace ? undefined : linkRangeOf(linked);
    const stale = range ? new Set(targetsWithRows(linked, await tx.objectStore('links').getAllKeys(range))) : new Set<string>();
    const links = store('links');
    const putLinks = (targetType: TargetType, targetId: string, list: readonly Link[]) => {
      if (stale.has(targetId)) links.delete(linkRowsOf(targetId));
      for (const l of list) links.put({ key: l.key, targetType, targetId, url: l.url, ...(l.title ? { title: l.title } : {}) });
    };

    if (batch.workspace) store('meta').put({ key: 'workspace', value: batch.workspace });
    putAll(store('people'), batch.people);
    putAll(store('teams'), batch.teams);
    putAll(store('periods'), batch.periods);
    putAll(store('objectives'), batch.objectives);
    const keyResults = store('keyResults');
    for (const r of batch.keyResults ?? []) {
      keyResults.put(r);
      putLinks('keyResult', r.id, r.links);
    }
    const initiatives = store('initiatives');
    for (const r of batch.initiatives ?? []) {
      initiatives.put(r);
      putLinks('initiative', r.id, r.links);
    }
    putAll(store('kpis'), batch.kpis);
    putAll(store('tombstones'), batch.tombstones);
    // Check-ins are append-only events: `add` refuses to overwrite one that exists.
    const checkIns = store('checkIns');
    for (const r of batch.checkIns ?? []) checkIns.add(r);
  } catch (error) {
    // A request refused at once (a record IndexedDB cannot clone): undo whatever was queued.
    refused = error;
    try {
      tx.abort();
    } catch {
      // Already finished: `done` below says how.
    }
  }
  try {
    await done;
  } catch (error) {
    throw describeFailure(refused ?? error);
  }
  if (refused !== undefined) throw describeFailure(refused);
}

function putAll(store: IDBObjectStore, records: readonly object[] | undefined): void {
  for (const r of records ?? []) store.put(r);
}

function describeFailure(reason: unknown): Error {
  const detail = reason instanceof Error || reason instanceof DOMException ? ` (${reason.name}${reason.message ? `: ${reason.message}` : ''})` : '';
  return new Error(`store: batch not written${detail}; nothing was changed`);
}
