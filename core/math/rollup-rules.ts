import type { Initiative, KeyResult, Objective } from '../model/records.ts';

// What counts toward an objective's progress, decided once here so that the number, the
// extension and the site agree (docs/rollup-rules.md explains each rule).

/** Why a key result is left out of its objective's progress, or undefined when it counts. */
export type KrExclusion = 'draft' | 'weight-0';

/**
 * The weight each key result of one objective carries, or why it carries none. Drafts are not
 * agreed yet and count for nothing. When every counted KR has weight 0, nobody meant "nothing
 * counts": they count equally.
 */
export function keyResultWeights(krs: readonly KeyResult[]): Map<string, { weight: number } | { excluded: KrExclusion }> {
  const active = krs.filter((k) => k.state !== 'draft');
  const allZero = active.every((k) => k.weight === 0);
  const out = new Map<string, { weight: number } | { excluded: KrExclusion }>();
  for (const k of krs) {
    if (k.state === 'draft') out.set(k.id, { excluded: 'draft' });
    else if (allZero) out.set(k.id, { weight: 1 });
    else if (k.weight === 0) out.set(k.id, { excluded: 'weight-0' });
    else out.set(k.id, { weight: k.weight });
  }
  return out;
}

/**
 * Whether an aligned child objective counts toward `parent`: the same period (another
 * quarter's result says nothing about this one), not a draft, and not private under a public
 * parent (a number may not include what the people reading it cannot see).
 */
export const childCounts = (parent: Objective, child: Objective): boolean =>
  child.periodId === parent.periodId && child.state !== 'draft' && (parent.private || !child.private);

/**
 * An initiative's share of progress, or undefined while it has none to report. Done means done,
 * whatever progress field was left behind; cancelled ones do not count at all (see `initiativeCounts`).
 */
export const initiativeProgress = (i: Initiative): number | undefined =>
  i.status === 'done' ? 1 : i.progress;

export const initiativeCounts = (i: Initiative): boolean => i.parentType === 'objective' && i.status !== 'cancelled';
