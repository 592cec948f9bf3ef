#!/usr/bin/env node
// `npm run bench`: measured ratios from one run on this machine, printed with the sizes used.
// Not a test: nothing here passes or fails.
import Papa from 'papaparse';
import { toBundle } from '../../core/bundle/bundle-format.ts';
import { exportCsv } from '../../core/csv/export-csv.ts';
import { emptyWorkspace } from '../../core/files/load-data-dir.ts';
import { importFiles } from '../../core/import/import-files.ts';
import { mergeWorkspaces } from '../../core/merge/merge-workspaces.ts';
import type { CheckIn } from '../../core/model/records.ts';
import { krRowsCsv } from '../../fixtures/csv/generate-large.ts';
import { peakOf } from './import-memory.ts';
import { medianTimes } from './median-time.ts';

const NOW = '2026-11-20T20:00:00.000Z';


const ms = (x: number) => `${x.toFixed(0)} ms`;

function importBench(label: string, rows: number, text: string) {
  const papa = medianTimes(() => Papa.parse(text));
  const ours = medianTimes(() => {
    const r = importFiles([{ name: 'bench.csv', text }], emptyWorkspace('bench', NOW), { now: NOW });
    if (!r.ok) throw new Error(`bench: import failed: ${r.problems[0]?.message}`);
    return toBundle(r.result, NOW, 'bench');
  });
  console.log(`${label.padEnd(26)} ${String(rows).padStart(7)} rows  ${(text.length / 1e6).toFixed(1).padStart(5)} MB  papaparse ${ms(papa.wall).padStart(8)}  okr import ${ms(ours.wall).padStart(8)}  ratio ${(ours.wall / papa.wall).toFixed(2)}×  (${((ours.wall / rows) * 1000).toFixed(1)} µs/row)  | thread CPU: papaparse ${ms(papa.cpu)}, okr import ${ms(ours.cpu)}, ratio ${(ours.cpu / papa.cpu).toFixed(2)}×`);
  return ours.wall / rows;
}

console.log('Import: parse + detect + validate + build the bundle, against papaparse parsing the same text (median of 3; wall time, then this thread’s CPU time).');
const perRow: Record<string, number[]> = { sheet: [], canonical: [] };
const memory: [string, string][] = [];
for (const rows of [10_000, 100_000]) {
  const sheet = krRowsCsv(rows);
  perRow.sheet!.push(importBench('Google Sheets KR rows', rows, sheet));
  const imported = importFiles([{ name: 'sheet.csv', text: sheet }], emptyWorkspace('bench', NOW), { now: NOW });
  const items = exportCsv(imported.result).items;
  perRow.canonical!.push(importBench('OKR Lens items file', imported.result.objectives.length + imported.result.keyResults.length, items));
  if (rows === 100_000) memory.push(['Google Sheets KR rows', sheet], ['OKR Lens items file', items]);
}
for (const [label, [small, large]] of Object.entries(perRow)) console.log(`cost per row, 100k vs 10k (${label}): ${(large! / small!).toFixed(2)}× (1.00 = linear)`);

console.log('\nPeak memory of one import (parse to bundle) above the heap before it, against papaparse parsing the same file, each in a fresh process (see import-memory.ts).');
for (const [label, text] of memory) {
  const papa = peakOf('papaparse', text);
  const ours = peakOf('import', text);
  console.log(`${label.padEnd(26)} ${(text.length / 1e6).toFixed(1).padStart(5)} MB  papaparse ${papa.peak.toFixed(0).padStart(5)} MB (RSS ${papa.maxRss.toFixed(0)} MB)  okr import ${ours.peak.toFixed(0).padStart(5)} MB (RSS ${ours.maxRss.toFixed(0)} MB)  ratio ${(ours.peak / papa.peak).toFixed(2)}×`);
}

console.log('\nMerge: two bundles of 50,000 check-ins each over 1,000 shared key results, against JSON.parse of the same two files.');
const base = importFiles([{ name: 'base.csv', text: krRowsCsv(1_000) }], emptyWorkspace('bench', NOW), { now: NOW }).result;
const copy = (device: string) => {
  const checkIns: CheckIn[] = [];
  for (let i = 0; i < 50_000; i++) {
    const kr = base.keyResults[i % base.keyResults.length]!;
    const time = new Date(Date.parse('2026-10-01T00:00:00Z') + i * 60_000).toISOString();
    checkIns.push({ id: `${device}-${i}`, targetType: 'keyResult', targetId: kr.id, time, value: i % 100, status: 'on-track', authorId: base.people[0]!.id, source: 'manual', updatedAt: time });
  }
  return JSON.stringify(toBundle({ ...base, checkIns }, NOW, device));
};
const [a, b] = [copy('ada'), copy('grace')];
const parseOnly = medianTimes(() => [JSON.parse(a), JSON.parse(b)]);
const merge = medianTimes(() => mergeWorkspaces([{ source: 'a', ws: JSON.parse(a) }, { source: 'b', ws: JSON.parse(b) }], new Date(NOW)));
const merged = mergeWorkspaces([{ source: 'a', ws: JSON.parse(a) }, { source: 'b', ws: JSON.parse(b) }], new Date(NOW)).ws;
console.log(`merge 2 × 50,000 check-ins (${(a.length / 1e6).toFixed(1)} MB each): JSON.parse ${ms(parseOnly.wall)}, parse + merge ${ms(merge.wall)}, ratio ${(merge.wall / parseOnly.wall).toFixed(2)}×; result ${merged.checkIns.length} check-ins  | thread CPU: JSON.parse ${ms(parseOnly.cpu)}, parse + merge ${ms(merge.cpu)}, ratio ${(merge.cpu / parseOnly.cpu).toFixed(2)}×`);
