import type { ImportResult } from '../../import/import-files.ts';

// Shell-safe enough for file names people type: quote anything beyond plain characters.
const quote = (s: string) => (/^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The name of the quarter `now` falls in, as `--period` takes it (`2026 Q4`). */
export const quarterName = (now: Date) => `${now.getFullYear()} Q${Math.floor(now.getMonth() / 3) + 1}`;

export type FixArgs = { files: readonly string[]; out?: string; into?: string; period?: string; map?: string };

/**
 * The command that would get past a refusal a flag can fix: a column mapping for a file read
 * without confidence, a period for items without one. Undefined when only the file can be fixed.
 */
export function fixCommand(args: FixArgs, result: Pick<ImportResult, 'files' | 'problems'>, now: Date): string | undefined {
  const needsMap = result.files.some((f) => f.needsMapping);
  const needsPeriod = !args.period && result.problems.some((p) => p.severity === 'error' && /\bperiod\b/i.test(p.message) && /--period|default period|no period/i.test(p.message));
  if (!needsMap && !needsPeriod) return undefined;
  const parts = ['okr import', ...args.files.map(quote)];
  if (args.into) parts.push('--into', quote(args.into));
  else if (args.out) parts.push('--out', quote(args.out));
  if (needsMap) parts.push('--map', quote(args.map ?? 'mapping.json'));
  if (needsPeriod) parts.push('--period', `"${quarterName(now)}"`);
  else if (args.period) parts.push('--period', quote(args.period));
  return parts.join(' ');
}
