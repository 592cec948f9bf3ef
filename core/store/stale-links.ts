/**
 * Which records of a write need their old link rows cleared. A range delete per key result costs
 * a write of 10,000 new ones about half its time, and most records being written have no rows
 * yet; one key read of the links store says which do.
 */

/** Every key of a target's link rows: [targetId] < [targetId, any string] < [targetId, []]. */
export const linkRowsOf = (targetId: string) => IDBKeyRange.bound([targetId], [targetId, []]);

/** The smallest key range of the links store holding every row of these targets; undefined for none. */
export function linkRangeOf(targetIds: readonly string[]): IDBKeyRange | undefined {
  if (targetIds.length === 0) return undefined;
  let min = targetIds[0]!;
  let max = min;
  // IndexedDB orders strings by code unit, as `<` does.
  for (const id of targetIds) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  return IDBKeyRange.bound([min], [max, []]);
}

/** The targets among `targetIds` that have a row among `linkKeys` (keys of the links store: [targetId, key]). */
export function targetsWithRows(targetIds: readonly string[], linkKeys: readonly IDBValidKey[]): string[] {
  const held = new Set<unknown>();
  for (const key of linkKeys) if (Array.isArray(key)) held.add(key[0]);
  return targetIds.filter((id) => held.has(id));
}
