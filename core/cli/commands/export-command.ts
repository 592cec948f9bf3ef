import { join } from 'node:path';
import { exportCsv } from '../../csv/export-csv.ts';
import { loadBundle } from '../../files/load-data-dir.ts';
import { CliError, EXIT, writeAll, type Io } from '../cli-io.ts';

export const EXPORT_FILES = { items: 'okr-items.csv', checkIns: 'okr-check-ins.csv', kpis: 'okr-kpis.csv' } as const;

/** `okr export <bundle> --csv <dir>`: the canonical items, check-ins and KPIs files. */
export function exportCommand(args: { bundle?: string; csv?: string }, io: Io): number {
  if (!args.bundle || !args.csv) throw new CliError('export: usage: okr export <bundle.okr.json> --csv <dir>', EXIT.usage);
  const csv = exportCsv(loadBundle(args.bundle));
  const dir = args.csv;
  const files = (Object.keys(EXPORT_FILES) as (keyof typeof EXPORT_FILES)[]).map((k) => ({ path: join(dir, EXPORT_FILES[k]), text: csv[k] }));
  writeAll(files);
  for (const f of files) io.out(`wrote ${f.path}`);
  return EXIT.ok;
}
