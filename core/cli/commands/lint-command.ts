import { DataError, loadFiles } from '../../files/load-data-dir.ts';
import { runQualityChecks } from '../../quality/run-checks.ts';
import type { Workspace } from '../../model/workspace.ts';
import { CliError, EXIT, type Io } from '../cli-io.ts';

/** `okr lint <bundle|csv…> [--strict] [--json]`: errors fail; quality findings advise (and fail with --strict). */
export function lintCommand(args: { files: string[]; strict: boolean; json: boolean }, io: Io): number {
  if (args.files.length === 0) throw new CliError('lint: usage: okr lint <bundle.okr.json | file.csv…>', EXIT.usage);
  const bundles = args.files.filter((f) => f.endsWith('.json'));
  const csvs = args.files.filter((f) => !f.endsWith('.json'));
  let ws: Workspace | undefined;
  let errors: string[] = [];
  try {
    ws = loadFiles({ bundles, csvs }, io.now(), 'lint').ws;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    errors = e.details.length > 0 ? e.details : [e.message];
  }
  const findings = ws ? runQualityChecks(ws) : [];
  const failed = errors.length > 0 || (args.strict && findings.some((f) => f.severity !== 'info'));
  if (args.json) io.out(JSON.stringify({ ok: !failed, errors, findings }, null, 2));
  else {
    for (const e of errors) io.err(`error: ${e}`);
    for (const f of findings) io.out(`${f.severity}: [${f.ruleId}] ${f.reason}`);
    io.out(`${errors.length} error(s), ${findings.filter((f) => f.severity === 'warning').length} warning(s), ${findings.filter((f) => f.severity === 'info').length} note(s)`);
  }
  return failed ? EXIT.invalidInput : EXIT.ok;
}
