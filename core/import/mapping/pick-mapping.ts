import type { Problem } from '../problems.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { headerHash } from './header-hash.ts';

/**
 * The given mapping for a file: the one made for its header (the same columns, however spelled).
 * A mapping that names this file but another header is reported, not applied.
 */
export function pickMapping(mappings: readonly ColumnMapping[] | undefined, file: string, header: readonly string[], problems: Problem[]): ColumnMapping | undefined {
  if (!mappings?.length) return undefined;
  const hash = headerHash(header);
  const same = mappings.find((m) => m.headerHash === hash);
  if (same) return same;
  const named = mappings.find((m) => m.file === file);
  if (named) problems.push({ file, row: 1, severity: 'error', message: `the mapping given for it was made for the columns ${named.header.join(', ')}, but its header is ${header.join(', ')}; print a new mapping with --dry-run --json` });
  return undefined;
}

/** Mappings that fit none of the files (those naming a file were reported with it): probably meant for another file. */
export function unusedMappings(mappings: readonly ColumnMapping[] | undefined, files: readonly { name: string; header: readonly string[] }[]): Problem[] {
  const used = new Set(files.map((f) => headerHash(f.header)));
  const names = new Set(files.map((f) => f.name));
  return (mappings ?? []).filter((m) => !used.has(m.headerHash) && !(m.file && names.has(m.file)))
    .map((m) => ({ file: m.file ?? 'mapping', severity: 'warning' as const, message: `the mapping for the columns ${m.header.join(', ')} fits none of the files` }));
}
