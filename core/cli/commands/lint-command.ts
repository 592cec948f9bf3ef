import { readTextFile } from '../../files/read-text-file.ts';
import { basename } from 'node:path';
import { DataError, emptyWorkspace, loadBundle } from '../../files/load-data-dir.ts';
import { importFiles } from '../../import/import-files.ts';
import { formatProblem } from '../../import/problems.ts';
import { mergeWorkspaces } from '../../merge/merge-workspaces.ts';
import { runQualityChecks } from '../../quality/run-checks.ts';
import type { Workspace } from '../../model/workspace.ts';
import { CliError, EXIT, type Io } from '../cli-io.ts';
import { append } from '../../util/append.ts';

/** `okr lint <bundle|csv…> [--strict] [--json]`: errors fail; quality findings advise (and fail with --strict). */
export function lintCommand(args: { files: string[]; strict: boolean; json: boolean }, io: Io): number {
  if (args.files.length === 0) throw new CliError('lint: usage: okr lint <bundle.okr.json | file.csv…>', EXIT.usage);
  const now = io.now();
  const bundles = args.files.filter((f) => f.endsWith('.json'));
  const csvs = args.files.filter((f) => !f.endsWith('.json'));
  const errors: string[] = [];
  let ws: Workspace = emptyWorkspace('lint', now.toISOString());
  try {
    if (bundles.length > 0) ws = mergeWorkspaces(bundles.map((b) => ({ source: basename(b), ws: loadBundle(b) })), now).ws;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    append(errors, (e.details.length > 0 ? e.details : [e.message]));
  }
  if (csvs.length > 0 && errors.length === 0) {
    const result = importFiles(csvs.map((f) => ({ name: basename(f), ...readTextFile(f) })), ws, { now: now.toISOString() });
    append(errors, result.problems.filter((p) => p.severity === 'error').map(formatProblem));
    ws = result.result;
  }
  const findings = errors.length === 0 ? runQualityChecks(ws) : [];
  const failed = errors.length > 0 || (args.strict && findings.some((f) => f.severity !== 'info'));
  if (args.json) io.out(JSON.stringify({ ok: !failed, errors, findings }, null, 2));
  else {
    for (const e of errors) io.err(`error: ${e}`);
    for (const f of findings) io.out(`${f.severity}: [${f.ruleId}] ${f.reason}`);
    io.out(`${errors.length} error(s), ${findings.filter((f) => f.severity === 'warning').length} warning(s), ${findings.filter((f) => f.severity === 'info').length} note(s)`);
  }
  return failed ? EXIT.invalidInput : EXIT.ok;
}
