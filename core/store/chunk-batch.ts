import type { RecordBatch } from './record-batch.ts';

type ListKey = Exclude<keyof RecordBatch, 'workspace'>;

/**
 * Splits a batch into parts of at most `size` records, so a large import travels to the background
 * in several messages (each well under Chrome's 64 MiB limit) and the page can show progress.
 * Joining the parts with `joinBatches` gives the batch back.
 */
export function chunkBatch(batch: RecordBatch, size: number): RecordBatch[] {
  if (!(size >= 1)) throw new RangeError(`chunkBatch: size must be at least 1, got ${size}`);
  const parts: RecordBatch[] = [];
  let current: RecordBatch = batch.workspace ? { workspace: batch.workspace } : {};
  let room = size;
  for (const key of Object.keys(batch) as (keyof RecordBatch)[]) {
    if (key === 'workspace') continue;
    const list = (batch[key] ?? []) as unknown[];
    for (let at = 0; at < list.length;) {
      if (room === 0) {
        parts.push(current);
        current = {};
        room = size;
      }
      const take = list.slice(at, at + room);
      ((current as Record<ListKey, unknown[]>)[key] ??= []).push(...take);
      at += take.length;
      room -= take.length;
    }
  }
  parts.push(current);
  return parts;
}

/** The batch the parts were cut from: lists joined in order, the last workspace info wins. */
export function joinBatches(parts: readonly RecordBatch[]): RecordBatch {
  const joined: RecordBatch = {};
  for (const part of parts) {
    for (const key of Object.keys(part) as (keyof RecordBatch)[]) {
      if (key === 'workspace') joined.workspace = part.workspace;
      else ((joined as Record<ListKey, unknown[]>)[key] ??= []).push(...((part[key] ?? []) as unknown[]));
    }
  }
  return joined;
}
