#!/usr/bin/env node
// Part of `npm run bench`: periodReport with roll-up along alignment, on chains and lattices.
// Prints times measured in one run, with the sizes used. Not a test: nothing passes or fails.
import { DEFAULT_SETTINGS } from '../../core/model/settings.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { periodReport } from '../../core/report/period-report.ts';
import { alignmentChain, alignmentLattice, type AlignmentCase } from '../arbitraries/alignment.ts';
import { workspace } from '../builders.ts';
import { medianTime } from './median-time.ts';

const NOW = new Date('2026-11-20T20:00:00Z');


// `count` chains of `depth` objectives, ids kept apart per chain.
function chains(count: number, depth: number): AlignmentCase {
  const parts = Array.from({ length: count }, (_, c) => {
    const one = alignmentChain(depth);
    const rename = (id: string) => `k${c}-${id}`;
    return {
      objectives: one.objectives.map((o) => ({ ...o, id: rename(o.id), parentIds: o.parentIds.map(rename) })),
      keyResults: one.keyResults.map((k) => ({ ...k, id: rename(k.id), objectiveId: rename(k.objectiveId) })),
      checkIns: one.checkIns.map((ci) => ({ ...ci, id: rename(ci.id), targetId: rename(ci.targetId) })),
    };
  });
  return { objectives: parts.flatMap((p) => p.objectives), keyResults: parts.flatMap((p) => p.keyResults), checkIns: parts.flatMap((p) => p.checkIns) };
}

const withRollup = (c: AlignmentCase): Workspace => {
  const ws = workspace(c);
  ws.workspace.settings = { ...DEFAULT_SETTINGS, rollup: { includeInitiatives: true, includeChildObjectives: true } };
  return ws;
};

console.log('periodReport, roll-up through aligned child objectives on (median of 5; one KR and one check-in per objective):');
const shapes: [string, (n: number) => AlignmentCase][] = [
  ['chains 1,000 deep', (n) => chains(n / 1_000, 1_000)],
  ['lattice, 3 parents each', (n) => alignmentLattice(n / 10, 10, 3)],
];
for (const [label, make] of shapes) {
  const perObjective: number[] = [];
  for (const n of [5_000, 10_000, 20_000]) {
    const ws = withRollup(make(n));
    const edges = ws.objectives.reduce((sum, o) => sum + o.parentIds.length, 0);
    const t = medianTime(() => periodReport(ws, '2026-q4', NOW), 5);
    perObjective.push(t / n);
    console.log(`${label.padEnd(24)} ${String(n).padStart(6)} objectives ${String(edges).padStart(6)} alignment edges  ${t.toFixed(0).padStart(5)} ms`);
  }
  console.log(`${label.padEnd(24)} cost per objective, 20,000 vs 5,000: ${(perObjective[2]! / perObjective[0]!).toFixed(2)}× (1.00 = linear)`);
}
