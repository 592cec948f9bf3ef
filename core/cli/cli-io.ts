import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** Exit codes, documented in docs/cli.md. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, io: 3 } as const;

/** An error the CLI reports as one message and an exit code, never as a stack trace. */
export class CliError extends Error {
  readonly code: number;
  constructor(message: string, code: number) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

export type Io = { out: (line: string) => void; err: (line: string) => void; now: () => Date };

/** Writes every file or none: each goes to a temporary name first and is renamed at the end. */
export function writeAll(files: readonly { path: string; text: string }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const { path, text } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeFileSync(tmp, text);
      staged.push({ tmp, path });
    }
    for (const { tmp, path } of staged) renameSync(tmp, path);
  } catch (e) {
    throw new CliError(`could not write ${files.map((f) => f.path).join(', ')}: ${e instanceof Error ? e.message : String(e)}`, EXIT.io);
  }
}

/** A progress reporter that stays silent for the first second, then prints at most twice a second. */
export function progressOn(io: Io): (message: string) => void {
  const start = io.now().getTime();
  let last = 0;
  return (message) => {
    const now = io.now().getTime();
    if (now - start < 1000 || now - last < 500) return;
    last = now;
    io.err(`okr: ${message} (${((now - start) / 1000).toFixed(1)} s)`);
  };
}
