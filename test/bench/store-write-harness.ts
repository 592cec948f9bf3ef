// Bundled by store-write-bench.ts and evaluated in a plain Chromium page: the real store's write
// against a bare one-transaction put of the same records into a database of the same schema.
import { unwrap } from 'idb';
import { openOkrDb } from '../../core/store/open-store.ts';
import { storeOn } from '../../core/store/okr-store.ts';
import type { RecordBatch } from '../../core/store/record-batch.ts';

type Durability = 'strict' | 'relaxed';
let n = 0;
const fresh = () => openOkrDb({ name: `store-write-bench-${++n}-${Math.random()}` });

async function dropped(db: { name: string; close: () => void }) {
  db.close();
  await new Promise((ok) => { const r = indexedDB.deleteDatabase(db.name); r.onsuccess = r.onerror = r.onblocked = ok; });
}

/** The records alone, one transaction, no promise per request: the floor a store write cannot beat. */
async function bare(batch: RecordBatch, durability: Durability): Promise<number> {
  const db = await fresh();
  const raw = unwrap(db);
  const lists = Object.entries(batch).filter(([k]) => k !== 'workspace') as [string, { id: string }[]][];
  const start = performance.now();
  const tx = raw.transaction(lists.map(([k]) => k), 'readwrite', { durability });
  for (const [store, records] of lists) { const os = tx.objectStore(store); for (const r of records) os.put(r); }
  await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
  const ms = performance.now() - start;
  await dropped(db);
  return ms;
}

/** `store.write` of the batch into a fresh store, or (with `again`) over a store already holding it. */
async function ours(batch: RecordBatch, durability: Durability, again: boolean): Promise<number> {
  const db = await fresh();
  const store = storeOn(db);
  if (again) await store.write(batch, { durability });
  const start = performance.now();
  await store.write(batch, { durability });
  const ms = performance.now() - start;
  await dropped(db);
  return ms;
}

Object.assign(globalThis, { storeWriteBench: { bare, ours } });
