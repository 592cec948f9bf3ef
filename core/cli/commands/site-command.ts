import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError, loadDataDir } from '../../files/load-data-dir.ts';
import { CliError, EXIT, type Io } from '../cli-io.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `okr site <data dir> [--out dir] [--base /sub/path/]`: the static dashboards from every bundle and CSV in the folder. */
export function siteCommand(args: { dir?: string; out?: string; base?: string }, io: Io): number {
  if (!args.dir) throw new CliError('site: usage: okr site <data dir> [--out dir] [--base /sub/path/]', EXIT.usage);
  if (args.base !== undefined && !args.base.startsWith('/')) throw new CliError(`site: --base must start with /, got ${JSON.stringify(args.base)}`, EXIT.usage);
  const dir = resolve(args.dir);
  const out = resolve(args.out ?? 'dist/site');
  try {
    // Fail here with the file, row and column rather than deep inside the Astro build.
    loadDataDir(dir, io.now());
  } catch (e) {
    if (e instanceof DataError) throw new CliError(`site: ${e.message}`, EXIT.invalidInput);
    throw e;
  }
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, OKR_DATA: dir, OKR_SITE_OUT: out, ...(args.base ? { OKR_SITE_BASE: args.base } : {}) } });
  if (run.status !== 0) throw new CliError(`site: the build failed (exit ${run.status ?? run.signal})`, EXIT.io);
  io.out(`built the site from ${dir} into ${out}`);
  return EXIT.ok;
}
