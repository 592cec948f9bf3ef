#!/usr/bin/env node
// Site build time and output size at growing sizes: objectives of 4 key results, each with a
// quarter of weekly check-ins (13). Prints what one run measured; not a test.
// node test/bench/site-build-bench.ts [key results…]   (default: 100 1000 10000)
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleText, toBundle } from '../../core/bundle/bundle-format.ts';
import { main } from '../../core/cli/okr.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { checkIn, keyResult, objective, period, person, team, workspace } from '../builders.ts';

const NOW = new Date('2026-12-31T20:00:00Z');

function generated(krCount: number): Workspace {
  const people = Array.from({ length: Math.max(10, krCount / 20) }, (_, i) => person({ id: `p${i}`, name: `Person ${i}` }));
  const teams = Array.from({ length: Math.max(3, krCount / 200) }, (_, i) => team({ id: `t${i}`, name: `Team ${i}`, memberIds: people.filter((_, j) => j % Math.max(3, krCount / 200) === i).map((p) => p.id) }));
  const objs = Array.from({ length: krCount / 4 }, (_, i) => objective({
    id: `o${i}`, title: `Objective ${i}: customers succeed faster`, ownerIds: [people[i % people.length]!.id], teamIds: [teams[i % teams.length]!.id], tags: [`tag${i % 7}`],
    parentIds: i % 10 === 0 ? [] : [`o${i - (i % 10)}`], level: i % 10 === 0 ? 'org' : 'team',
  }));
  const krs = objs.flatMap((o, i) => Array.from({ length: 4 }, (_, k) => keyResult({
    id: `${o.id}-k${k}`, objectiveId: o.id, title: `Raise metric ${k} of objective ${i} from 10 to 50`, ownerIds: [people[(i + k) % people.length]!.id], start: 10, target: 50,
  })));
  const checkIns = krs.flatMap((k, i) => Array.from({ length: 13 }, (_, w) => checkIn({
    id: `${k.id}-c${w}`, targetId: k.id, authorId: k.ownerIds[0]!, time: new Date(Date.parse('2026-10-02T15:00:00Z') + w * 7 * 86_400_000).toISOString(),
    value: 10 + ((i + w * 3) % 40), confidence: 5 + (w % 5), note: w % 4 === 0 ? 'Weekly check-in' : undefined,
  })));
  const ws = workspace({ people, teams, periods: [period()], objectives: objs, keyResults: krs, checkIns });
  ws.workspace = { ...ws.workspace, name: 'Bench Co', settings: { ...ws.workspace.settings, timeZone: 'America/New_York' } };
  return ws;
}

const sizeOf = (dir: string): { files: number; bytes: number } =>
  readdirSync(dir).reduce((acc, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    const sub = s.isDirectory() ? sizeOf(p) : { files: 1, bytes: s.size };
    return { files: acc.files + sub.files, bytes: acc.bytes + sub.bytes };
  }, { files: 0, bytes: 0 });

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length > 0 ? sizes : [100, 1_000, 10_000]) {
  const data = mkdtempSync(join(tmpdir(), 'okr-site-bench-data-'));
  const out = mkdtempSync(join(tmpdir(), 'okr-site-bench-out-'));
  writeFileSync(join(data, 'bench.okr.json'), bundleText(toBundle(generated(n), NOW.toISOString(), 'bench')));
  const started = performance.now();
  const code = main(['site', data, '--out', out], { out: () => {}, err: (l) => console.error(l), now: () => NOW });
  const seconds = (performance.now() - started) / 1000;
  const { files, bytes } = sizeOf(out);
  console.log(`${n} key results: exit ${code}, ${seconds.toFixed(1)} s, ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
}
