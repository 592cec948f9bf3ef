import { tagsLookAlike } from './rules/near-duplicate-tags.ts';

const squash = (tag: string) => tag.toLowerCase().replace(/[\s_-]+/g, '');
const singular = (tag: string) => tag.replace(/(?:es|s)$/, '');

/** Two tags that differ only by case, spacing, a plural ending, one typo, or the looser rule the quality check uses. */
export function nearDuplicate(a: string, b: string): boolean {
  if (a === b) return false;
  const [x, y] = [squash(a), squash(b)];
  return x === y || singular(x) === singular(y) || tagsLookAlike(a, b);
}

/** For each tag of the list, the other tags that look like it: what the settings page flags. */
export function nearDuplicateTags(tags: readonly string[]): Map<string, string[]> {
  const flagged = new Map<string, string[]>();
  for (const tag of tags) {
    const alike = tags.filter((other) => nearDuplicate(tag, other));
    if (alike.length > 0) flagged.set(tag, alike);
  }
  return flagged;
}
