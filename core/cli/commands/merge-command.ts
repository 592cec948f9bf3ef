import { basename } from 'node:path';
import { bundleText, toBundle } from '../../bundle/bundle-format.ts';
import { loadBundle } from '../../files/load-data-dir.ts';
import { mergeWorkspaces } from '../../merge/merge-workspaces.ts';
import { CliError, EXIT, writeAll, type Io } from '../cli-io.ts';

const show = (v: unknown) => (v === undefined ? '(empty)' : JSON.stringify(v));

/** `okr merge <bundle…> --out <bundle> [--json]` */
export function mergeCommand(args: { bundles: string[]; out?: string; json: boolean }, io: Io): number {
  if (args.bundles.length === 0 || !args.out) throw new CliError('merge: usage: okr merge <bundle.okr.json…> --out <merged.okr.json>', EXIT.usage);
  const inputs = args.bundles.map((path) => {
    const bundle = loadBundle(path);
    return { source: basename(path), ws: bundle, exportedAt: bundle.exportedAt };
  });
  const now = io.now();
  const { ws, report } = mergeWorkspaces(inputs, now);
  writeAll([{ path: args.out, text: bundleText(toBundle(ws, now.toISOString(), 'okr merge')) }]);
  if (args.json) {
    io.out(JSON.stringify({ written: args.out, records: { objectives: ws.objectives.length, keyResults: ws.keyResults.length, checkIns: ws.checkIns.length }, ...report }, null, 2));
    return EXIT.ok;
  }
  if (report.workspaces.length > 1) io.err(`warning: these bundles come from ${report.workspaces.length} different workspaces (${report.workspaces.join(', ')}); merged into one anyway.`);
  for (const a of report.clockAhead) io.err(`warning: ${a.source} has changes stamped ${a.latest}, after ${a.reference}: its computer's clock may run ahead. Merged anyway; check the result.`);
  for (const c of report.conflicts) {
    io.out(`conflict: ${c.recordType} ${c.id}, ${c.field}: kept ${show(c.winner.value)} from ${c.winner.source}; ${c.others.map((o) => `${show(o.value)} from ${o.source}`).join(', ')} lost`);
  }
  io.out(`merged ${inputs.length} bundles: ${ws.objectives.length} objectives, ${ws.keyResults.length} key results, ${ws.kpis.length} KPIs, ${ws.checkIns.length} check-ins, ${report.conflicts.length} conflicts, ${report.deleted} deleted; wrote ${args.out}`);
  return EXIT.ok;
}
