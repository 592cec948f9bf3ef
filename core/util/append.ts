/** `target.push(...items)` without the spread, which overflows the stack past ~100,000 items. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
