import { basename } from 'node:path';
import { bundleText, toBundle } from '../../bundle/bundle-format.ts';
import { emptyWorkspace, loadBundle } from '../../files/load-data-dir.ts';
import { importFiles } from '../../import/import-files.ts';
import { readTextFile } from '../../files/read-text-file.ts';
import { formatProblem } from '../../import/problems.ts';
import { mappingText, readMappings } from '../../import/mapping/mapping-json.ts';
import type { ColumnMapping } from '../../import/mapping/column-mapping.ts';
import { fixCommand } from './fix-command.ts';
import { isTimeZone } from '../../model/time-zone.ts';
import { CliError, EXIT, progressOn, writeAll, type Io } from '../cli-io.ts';

const DRY_RUN_LIST = 10;
const COLLECTION_NAMES = ['people', 'teams', 'periods', 'objectives', 'keyResults', 'initiatives', 'checkIns'] as const;

export type ImportArgs = { files: string[]; out?: string; into?: string; dryRun: boolean; json: boolean; period?: string; as?: string; timeZone?: string; map?: string };

/** `okr import <file.csv…> [--into bundle] [--out bundle] [--dry-run] [--json] [--period NAME] [--as PERSON] [--time-zone ZONE] [--map mapping.json]` */
export function importCommand(args: ImportArgs, io: Io): number {
  if (args.files.length === 0) throw new CliError('import: name at least one CSV file, e.g. okr import okrs.csv --dry-run', EXIT.usage);
  const out = args.out ?? args.into;
  if (!out && !args.dryRun) {
    const name = basename(args.files[0]!).replace(/\.[^.]+$/, '') || 'okrs';
    throw new CliError(`import: say where to write with --out file.okr.json (or --into an existing bundle), or use --dry-run; e.g. okr import ${args.files.join(' ')} --out ${name}.okr.json`, EXIT.usage);
  }
  if (args.timeZone !== undefined && !isTimeZone(args.timeZone))
    throw new CliError(`import: --time-zone ${JSON.stringify(args.timeZone)} is not an IANA time zone; write it like --time-zone Europe/Paris or --time-zone UTC`, EXIT.usage);
  const now = io.now().toISOString();
  const loaded = args.into ? loadBundle(args.into) : emptyWorkspace(basename(args.files[0]!).replace(/\.[^.]+$/, ''), now);
  // A new workspace lives in its creator's zone unless told otherwise; its days, pace and current period follow it.
  const base = args.timeZone ? { ...loaded, workspace: { ...loaded.workspace, updatedAt: now, settings: { ...loaded.workspace.settings, timeZone: args.timeZone } } } : loaded;
  const inputs = args.files.map((path) => {
    try {
      return { name: basename(path), ...readTextFile(path) };
    } catch (e) {
      throw new CliError(`import: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, EXIT.io);
    }
  });
  const mappings = args.map ? readMappingFile(args.map, args.files) : undefined;
  const result = importFiles(inputs, base, { now, ...(args.period ? { defaultPeriod: args.period } : {}), ...(args.as ? { importedBy: args.as } : {}), ...(mappings ? { mappings } : {}), onProgress: progressOn(io) });
  const used = result.files.flatMap((f) => (f.mapping ? [f.mapping] : []));
  const fix = fixCommand(args, result, io.now());
  const counts = Object.fromEntries(Object.entries(result.summary).map(([k, v]) => [k, { created: v.created.length, updated: v.updated.length, unchanged: v.unchanged.length }]));
  const written = result.ok && !args.dryRun && out ? out : undefined;
  if (written) writeAll([{ path: written, text: bundleText(toBundle(result.result, now, args.as ?? 'okr import')) }]);

  // What would change, by name: a dry run is for reading before deciding.
  const labels = new Map<string, string>();
  for (const c of COLLECTION_NAMES) for (const r of result.result[c]) labels.set(r.id, 'title' in r ? r.title : 'name' in r ? r.name : r.time);
  const changes = Object.fromEntries(Object.entries(result.summary).map(([k, v]) => [k, {
    created: v.created.map((id) => ({ id, label: labels.get(id) ?? id })), updated: v.updated.map((id) => ({ id, label: labels.get(id) ?? id })),
  }]));
  if (args.json) {
    // `mappings` is what --map takes back: this whole output can be saved, edited and given to --map.
    const files = result.files.map(({ mapping: _m, sample: _s, ...f }) => f);
    io.out(JSON.stringify({ ok: result.ok, dryRun: args.dryRun, written: written ?? null, files, counts, changes, problems: result.problems, mappings: used, ...(fix ? { fix } : {}) }, null, 2));
  } else {
    for (const f of result.files) io.out(`${f.file}: ${f.description ?? 'layout not recognised'}, ${f.rows} rows${f.ignoredColumns.length ? `; ignored columns: ${f.ignoredColumns.join(', ')}` : ''}`);
    for (const [kind, c] of Object.entries(counts)) {
      if (c.created + c.updated + c.unchanged === 0) continue;
      io.out(`  ${kind}: ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged`);
      if (!args.dryRun || kind === 'checkIns') continue;
      const listed = [...changes[kind]!.created.map((x) => `new: ${x.label}`), ...changes[kind]!.updated.map((x) => `updated: ${x.label}`)];
      for (const line of listed.slice(0, DRY_RUN_LIST)) io.out(`    ${line}`);
      if (listed.length > DRY_RUN_LIST) io.out(`    … and ${listed.length - DRY_RUN_LIST} more (--json lists all)`);
    }
    for (const p of result.problems) (p.severity === 'error' ? io.err : io.out)(formatProblem(p));
    const unsure = result.files.filter((f) => f.needsMapping && f.mapping).map((f) => f.mapping!);
    if (unsure.length) io.out(`the column mapping it guessed (save it as mapping.json and set each "role"; roles: see docs/csv-format.md):\n${mappingText(unsure)}`);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    io.out(result.ok ? (written ? `wrote ${written}` : 'dry run: nothing written') : `nothing written: ${errors} error(s)${fix ? `; to fix, run: ${fix}` : ''}`);
  }
  return result.ok ? EXIT.ok : EXIT.invalidInput;
}

function readMappingFile(path: string, files: readonly string[]): ColumnMapping[] {
  let text: string;
  try {
    text = readTextFile(path).text;
  } catch (e) {
    throw new CliError(`import: cannot read the mapping ${path}: ${e instanceof Error ? e.message : String(e)}`, EXIT.io);
  }
  const read = readMappings(text);
  if (read.ok) return read.mappings;
  throw new CliError(`import: the mapping ${path} ${read.errors.length === 1 ? 'has a mistake' : 'has mistakes'}:\n  ${read.errors.join('\n  ')}\nprint a fresh one with: okr import ${files.join(' ')} --dry-run --json > ${path}`, EXIT.invalidInput);
}
