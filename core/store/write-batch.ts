import type { IDBPDatabase } from 'idb';
import type { Link } from '../model/records.ts';
import type { TargetType } from '../model/vocabulary.ts';
import type { OkrDb, StoreName } from './db-schema.ts';
import type { RecordBatch } from './record-batch.ts';

/** Every key of a target's link rows: [targetId] < [targetId, any string] < [targetId, []]. */
export const linkRowsOf = (targetId: string) => IDBKeyRange.bound([targetId], [targetId, []]);

/**
 * One readwrite transaction for the whole batch. Requests are queued without awaiting each
 * one (a transaction only stays alive while IndexedDB work is pending, and per-row awaits
 * cost a round trip each); any failure, such as a check-in id that already exists, aborts
 * the transaction and so undoes every write in it.
 */
export type WriteOptions = {
  replace?: boolean;
  /** Ids the caller knows are new to the store: they have no link rows to clear (10,000 range deletes cost an import a third of its time). */
  newIds?: ReadonlySet<string>;
};

export async function writeBatch(db: IDBPDatabase<OkrDb>, batch: RecordBatch, durability: 'strict' | 'relaxed', { replace = false, newIds }: WriteOptions = {}): Promise<void> {
  const stores: StoreName[] = ['meta', 'people', 'teams', 'periods', 'objectives', 'keyResults', 'initiatives', 'checkIns', 'kpis', 'links', 'tombstones'];
  const tx = db.transaction(stores, 'readwrite', { durability });
  const requests: Promise<unknown>[] = [];
  // Replacing clears in the same transaction, so a failed write leaves the old workspace whole.
  // `meta` stays: the last export date belongs to this browser, and `workspace` is put below.
  if (replace) for (const name of stores) if (name !== 'meta') requests.push(tx.objectStore(name).clear());
  const links = tx.objectStore('links');
  const replaceLinks = (targetType: TargetType, targetId: string, list: readonly Link[]) => {
    if (!replace && !newIds?.has(targetId)) requests.push(links.delete(linkRowsOf(targetId)));
    for (const l of list) requests.push(links.put({ key: l.key, targetType, targetId, url: l.url, ...(l.title ? { title: l.title } : {}) }));
  };

  if (batch.workspace) requests.push(tx.objectStore('meta').put({ key: 'workspace', value: batch.workspace }));
  for (const r of batch.people ?? []) requests.push(tx.objectStore('people').put(r));
  for (const r of batch.teams ?? []) requests.push(tx.objectStore('teams').put(r));
  for (const r of batch.periods ?? []) requests.push(tx.objectStore('periods').put(r));
  for (const r of batch.objectives ?? []) requests.push(tx.objectStore('objectives').put(r));
  for (const r of batch.keyResults ?? []) {
    requests.push(tx.objectStore('keyResults').put(r));
    replaceLinks('keyResult', r.id, r.links);
  }
  for (const r of batch.initiatives ?? []) {
    requests.push(tx.objectStore('initiatives').put(r));
    replaceLinks('initiative', r.id, r.links);
  }
  for (const r of batch.kpis ?? []) requests.push(tx.objectStore('kpis').put(r));
  for (const t of batch.tombstones ?? []) requests.push(tx.objectStore('tombstones').put(t));
  // Check-ins are append-only events: `add` refuses to overwrite one that exists.
  for (const r of batch.checkIns ?? []) requests.push(tx.objectStore('checkIns').add(r));

  // A failed request rejects its own promise and aborts the transaction; surface the first error.
  const settled = Promise.allSettled(requests);
  try {
    await tx.done;
  } catch (error) {
    const firstFailure = (await settled).find((r) => r.status === 'rejected');
    throw firstFailure?.status === 'rejected' ? describeFailure(firstFailure.reason) : error;
  }
}

function describeFailure(reason: unknown): Error {
  const detail = reason instanceof Error ? ` (${reason.name}${reason.message ? `: ${reason.message}` : ''})` : '';
  return new Error(`store: batch not written${detail}; nothing was changed`);
}
