/**
 * Runs writes one after another. IndexedDB already orders transactions, but an update reads,
 * validates and then writes in separate steps; without the queue two tabs editing one record
 * at once would each write over the other's change.
 */
export function writeQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task);
    // A failed write must not block the ones queued after it.
    tail = result.catch(() => undefined);
    return result;
  };
}
