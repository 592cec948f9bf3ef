import fc from 'fast-check';
import type { CheckIn, KeyResult, Objective } from '../../core/model/records.ts';
import { checkIn, keyResult, objective } from '../builders.ts';

// Alignment shapes that stress a roll-up: chains, lattices where an objective aligns to several
// parents in the level above, and (optionally) edges back up that close cycles. Every objective
// may carry milestone KRs with a check-in, or none.

export type AlignmentCase = { objectives: Objective[]; keyResults: KeyResult[]; checkIns: CheckIn[] };

type Options = { cycles: boolean };

export const alignmentArbitrary = ({ cycles }: Options): fc.Arbitrary<AlignmentCase> =>
  fc
    .record({
      levels: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
      picks: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
      krValues: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 64, maxLength: 64 }),
      states: fc.array(fc.constantFrom('active' as const, 'active' as const, 'closed' as const, 'draft' as const), { minLength: 64, maxLength: 64 }),
      backEdges: cycles ? fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }) : fc.constant([]),
    })
    .map(({ levels, picks, krValues, states, backEdges }) => {
      let p = 0;
      const n = () => picks[p++ % picks.length]!;
      const ids: string[][] = levels.map((width, l) => Array.from({ length: width }, (_, i) => `o${l}-${i}`));
      const all = ids.flat();
      const objectives = ids.flatMap((level, l) => level.map((id, i) => {
        const above = l > 0 ? ids[l - 1]! : [];
        const parentIds = [...new Set(above.filter(() => n() % 2 === 0))];
        if (l > 0 && parentIds.length === 0) parentIds.push(above[n() % above.length]!);
        return objective({ id, parentIds, state: states[(l * 7 + i) % states.length]! });
      }));
      for (const [a, b] of backEdges) {
        // A parent deeper than (or level with) its child closes a cycle through the lattice.
        const child = objectives[a % objectives.length]!;
        const parent = all[b % all.length]!;
        if (!child.parentIds.includes(parent)) child.parentIds.push(parent);
      }
      const keyResults: KeyResult[] = [];
      const checkIns: CheckIn[] = [];
      objectives.forEach((o, i) => {
        const count = n() % 3;
        for (let k = 0; k < count; k++) {
          const id = `${o.id}-kr${k}`;
          keyResults.push(keyResult({ id, objectiveId: o.id, kind: 'milestone', start: undefined, target: undefined, weight: n() % 3 }));
          const value = krValues[(i * 3 + k) % krValues.length];
          if (value !== undefined) checkIns.push(checkIn({ id: `ci-${id}`, targetId: id, value }));
        }
      });
      return { objectives, keyResults, checkIns };
    });

/** A chain `depth` objectives deep, each with one KR at `value` %. */
export function alignmentChain(depth: number, value = 50): AlignmentCase {
  const objectives = Array.from({ length: depth }, (_, i) => objective({ id: `c${i}`, parentIds: i > 0 ? [`c${i - 1}`] : [] }));
  const keyResults = objectives.map((o) => keyResult({ id: `${o.id}-kr`, objectiveId: o.id, kind: 'milestone', start: undefined, target: undefined }));
  const checkIns = keyResults.map((k) => checkIn({ id: `ci-${k.id}`, targetId: k.id, value }));
  return { objectives, keyResults, checkIns };
}

/** `levels` levels of `width` objectives, each aligned to `parents` objectives of the level above. */
export function alignmentLattice(levels: number, width: number, parents: number, value = 50): AlignmentCase {
  const id = (l: number, i: number) => `l${l}-${i}`;
  const objectives = Array.from({ length: levels * width }, (_, n) => {
    const [l, i] = [Math.floor(n / width), n % width];
    const parentIds = l === 0 ? [] : Array.from({ length: Math.min(parents, width) }, (_, k) => id(l - 1, (i + k) % width));
    return objective({ id: id(l, i), parentIds });
  });
  const keyResults = objectives.map((o) => keyResult({ id: `${o.id}-kr`, objectiveId: o.id, kind: 'milestone', start: undefined, target: undefined }));
  const checkIns = keyResults.map((k) => checkIn({ id: `ci-${k.id}`, targetId: k.id, value }));
  return { objectives, keyResults, checkIns };
}
