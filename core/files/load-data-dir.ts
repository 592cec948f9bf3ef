import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readBundle } from '../bundle/read-bundle.ts';
import { importFiles, type ImportResult } from '../import/import-files.ts';
import { formatProblem } from '../import/problems.ts';
import { mergeWorkspaces, type MergeReport } from '../merge/merge-workspaces.ts';
import { readTextFile } from './read-text-file.ts';
import { newWorkspaceSettings } from '../model/settings.ts';
import { systemTimeZone } from '../model/time-zone.ts';
import type { Workspace } from '../model/workspace.ts';

export type LoadedData = { ws: Workspace; bundles: string[]; csvs: string[]; merge?: MergeReport; imported?: ImportResult };

export class DataError extends Error {
  readonly details: string[];
  constructor(message: string, details: string[] = []) {
    super(details.length > 0 ? `${message}\n${details.map((d) => `  ${d}`).join('\n')}` : message);
    this.name = 'DataError';
    this.details = details;
  }
}

export const emptyWorkspace = (name: string, now: string): Workspace => ({
  workspace: { id: 'workspace', name, updatedAt: now, settings: newWorkspaceSettings(systemTimeZone()) },
  people: [], teams: [], periods: [], objectives: [], keyResults: [], initiatives: [], checkIns: [], kpis: [], tombstones: [],
});

/** Reads and validates one bundle file, or throws a DataError naming the file and the problems. */
export function loadBundle(path: string) {
  const read = readBundle(readFileSync(path, 'utf8'), basename(path));
  if (!read.ok) throw new DataError(`cannot read ${path}`, read.errors);
  return read.bundle;
}

/**
 * Bundles merged, then CSV files imported on top (items before check-in logs, as one import).
 * Throws a DataError listing every problem, with file, row and column.
 */
export function loadFiles(paths: { bundles: readonly string[]; csvs: readonly string[] }, now: Date, name: string): LoadedData {
  const inputs = paths.bundles.map((path) => {
    const bundle = loadBundle(path);
    return { source: basename(path), ws: bundle, exportedAt: bundle.exportedAt };
  });
  const merged = inputs.length > 0 ? mergeWorkspaces(inputs, now) : undefined;
  let ws = merged?.ws ?? emptyWorkspace(name, now.toISOString());
  let imported: ImportResult | undefined;
  if (paths.csvs.length > 0) {
    imported = importFiles(paths.csvs.map((path) => ({ name: basename(path), ...readTextFile(path) })), ws, { now: now.toISOString() });
    if (!imported.ok) throw new DataError(`cannot import ${paths.csvs.map((p) => basename(p)).join(', ')}`, imported.problems.filter((p) => p.severity === 'error').map(formatProblem));
    ws = imported.result;
  }
  return { ws, bundles: paths.bundles.map((p) => basename(p)), csvs: paths.csvs.map((p) => basename(p)), ...(merged ? { merge: merged.report } : {}), ...(imported ? { imported } : {}) };
}

/** Everything in a data folder as one workspace: every `*.okr.json` bundle and every CSV (see loadFiles). */
export function loadDataDir(dir: string, now: Date): LoadedData {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new DataError(`${dir} is not a folder`);
  const names = readdirSync(dir).sort();
  const bundles = names.filter((n) => n.endsWith('.okr.json')).map((n) => join(dir, n));
  const csvs = names.filter((n) => /\.(csv|tsv)$/i.test(n)).map((n) => join(dir, n));
  if (bundles.length === 0 && csvs.length === 0) throw new DataError(`${dir} has no *.okr.json bundle and no CSV file`);
  return loadFiles({ bundles, csvs }, now, basename(dir));
}
