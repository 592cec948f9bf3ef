#!/usr/bin/env node
// The okr command line: import, export, merge, lint, site. See docs/cli.md.
import { parseArgs } from 'node:util';
import { CliError, EXIT, type Io } from './cli-io.ts';
import { exportCommand } from './commands/export-command.ts';
import { importCommand } from './commands/import-command.ts';
import { lintCommand } from './commands/lint-command.ts';
import { mergeCommand } from './commands/merge-command.ts';
import { siteCommand } from './commands/site-command.ts';
import { DataError } from '../files/load-data-dir.ts';

export const USAGE = `usage:
  okr import <file.csv…> [--out bundle.okr.json | --into bundle.okr.json] [--dry-run] [--json] [--period "2026 Q4"] [--as email] [--time-zone Europe/Paris] [--map mapping.json]
  okr export <bundle.okr.json> --csv <dir>
  okr merge <bundle.okr.json…> --out <merged.okr.json> [--json]
  okr lint <bundle.okr.json | file.csv…> [--strict] [--json]
  okr site <data dir> [--out dir] [--base /sub/path/]
exit codes: 0 ok, 1 invalid input (nothing written), 2 usage, 3 file system`;

const OPTIONS = {
  out: { type: 'string' }, base: { type: 'string' }, into: { type: 'string' }, csv: { type: 'string' }, period: { type: 'string' }, as: { type: 'string' }, 'time-zone': { type: 'string' }, map: { type: 'string' },
  'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function main(argv: readonly string[], io: Io): number {
  try {
    const { values: v, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
    const [command, ...rest] = positionals;
    if (v.help || !command) return io.out(USAGE), command || v.help ? EXIT.ok : EXIT.usage;
    switch (command) {
      case 'import':
        return importCommand({ files: rest, dryRun: v['dry-run'], json: v.json, ...(v.out ? { out: v.out } : {}), ...(v.into ? { into: v.into } : {}), ...(v.period ? { period: v.period } : {}), ...(v.as ? { as: v.as } : {}), ...(v['time-zone'] ? { timeZone: v['time-zone'] } : {}), ...(v.map ? { map: v.map } : {}) }, io);
      case 'export':
        return exportCommand({ ...(rest[0] ? { bundle: rest[0] } : {}), ...(v.csv ? { csv: v.csv } : {}) }, io);
      case 'merge':
        return mergeCommand({ bundles: rest, json: v.json, ...(v.out ? { out: v.out } : {}) }, io);
      case 'lint':
        return lintCommand({ files: rest, strict: v.strict, json: v.json }, io);
      case 'site':
        return siteCommand({ ...(rest[0] ? { dir: rest[0] } : {}), ...(v.out ? { out: v.out } : {}), ...(v.base ? { base: v.base } : {}) }, io);
      default:
        throw new CliError(`unknown command ${JSON.stringify(command)}\n${USAGE}`, EXIT.usage);
    }
  } catch (e) {
    if (e instanceof CliError) return io.err(`okr ${e.message}`), e.code;
    if (e instanceof DataError) return io.err(`okr: ${e.message}`), EXIT.invalidInput;
    if (isFileSystemError(e)) return io.err(`okr: cannot ${e.syscall === 'open' || e.syscall === 'read' ? 'read' : 'use'} ${e.path}: ${e.code}`), EXIT.io;
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) return io.err(`okr: ${e.message}\n${USAGE}`), EXIT.usage;
    throw e;
  }
}

// A missing or unreadable file, from any command: say which, not a stack trace.
function isFileSystemError(e: unknown): e is Error & { code: string; path: string; syscall?: string } {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' && 'path' in e && typeof e.path === 'string';
}

if (import.meta.main) {
  const io: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), now: () => new Date() };
  process.exitCode = main(process.argv.slice(2), io);
}
