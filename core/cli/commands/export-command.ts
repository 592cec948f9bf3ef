import { join } from 'node:path';
import { exportCsv } from '../../csv/export-csv.ts';
import { loadBundle } from '../../files/load-data-dir.ts';
import { CliError, EXIT, writeAll, type Io } from '../cli-io.ts';

export const EXPORT_FILES = { items: 'okr-items.csv', checkIns: 'okr-check-ins.csv' } as const;

/** `okr export <bundle> --csv <dir>`: the canonical items and check-ins files. */
export function exportCommand(args: { bundle?: string; csv?: string }, io: Io): number {
  if (!args.bundle || !args.csv) throw new CliError('export: usage: okr export <bundle.okr.json> --csv <dir>', EXIT.usage);
  const csv = exportCsv(loadBundle(args.bundle));
  const files = [{ path: join(args.csv, EXPORT_FILES.items), text: csv.items }, { path: join(args.csv, EXPORT_FILES.checkIns), text: csv.checkIns }];
  writeAll(files);
  for (const f of files) io.out(`wrote ${f.path}`);
  return EXIT.ok;
}
