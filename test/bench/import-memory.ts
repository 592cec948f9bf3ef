#!/usr/bin/env node
// Peak memory of one 100,000-row import against papaparse's own peak on the same file, each in
// a fresh child process so neither inherits the other's heap. Part of `npm run bench`.
//
// How it is measured: the child reads the CSV from a file, runs a full GC (--expose-gc) and
// notes the heap in use; it then runs the work once and keeps its result alive to the end.
// V8 prints every collection (--trace-gc) with the heap in use before it: the peak is the largest
// of those and of the heap in use at the end, and the figure reported is the peak minus the heap
// before the work, i.e. what the work itself needed at most. The child's peak RSS
// (process.resourceUsage().maxRSS) is printed beside it as a check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NOW = '2026-11-20T20:00:00.000Z';
type Work = 'papaparse' | 'import';

async function child(work: Work, file: string) {
  const text = readFileSync(file, 'utf8');
  const gc = (globalThis as { gc?: () => void }).gc!;
  const { default: Papa } = await import('papaparse');
  const { importFiles } = await import('../../core/import/import-files.ts');
  const { emptyWorkspace } = await import('../../core/files/load-data-dir.ts');
  const { toBundle } = await import('../../core/bundle/bundle-format.ts');
  gc();
  gc();
  const used = () => process.memoryUsage().heapUsed / 1e6;
  console.log(`BASE ${used()}`);
  let kept: unknown;
  if (work === 'papaparse') kept = Papa.parse(text);
  else {
    const r = importFiles([{ name: 'bench.csv', text }], emptyWorkspace('bench', NOW), { now: NOW });
    if (!r.ok) throw new Error(`import failed: ${r.problems[0]?.message}`);
    kept = toBundle(r.result, NOW, 'bench');
  }
  console.log(`END ${used()} ${process.resourceUsage().maxRSS / 1e3}`);
  if (!kept) throw new Error('nothing kept');
}

/** Peak heap (MB) the work needed above the heap before it, and the child's peak RSS (MB). */
export function peakOf(work: Work, text: string): { peak: number; maxRss: number } {
  const dir = mkdtempSync(join(tmpdir(), 'okr-mem-'));
  try {
    const file = join(dir, 'input.csv');
    writeFileSync(file, text);
    const out = execFileSync(process.execPath, ['--expose-gc', '--trace-gc', fileURLToPath(import.meta.url), work, file], { encoding: 'utf8', maxBuffer: 64e6 });
    const lines = out.split('\n');
    const base = Number(lines.find((l) => l.startsWith('BASE '))?.split(' ')[1]);
    const [, endUsed, rss] = lines.find((l) => l.startsWith('END '))!.split(' ').map(Number);
    let peak = endUsed!;
    let after = false;
    for (const line of lines) {
      if (line.startsWith('BASE ')) after = true;
      const m = after ? /(?:Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep)[^(]*?([\d.]+) \([\d.]+\) ->/.exec(line) : null;
      if (m) peak = Math.max(peak, Number(m[1]));
    }
    return { peak: peak - base, maxRss: rss! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'papaparse' || process.argv[2] === 'import') await child(process.argv[2], process.argv[3]!);
