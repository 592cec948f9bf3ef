import { canonicalTimes } from '../model/canonical-time.ts';
import { describeIssue, validateWorkspace } from '../model/validate.ts';
import type { Workspace } from '../model/workspace.ts';
import { fromFileForm } from './kpi-arrays.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-format.ts';

export type ReadResult = { ok: true; bundle: Bundle } | { ok: false; errors: string[] };

// Upgrades from older versions, by the version they start from. Version 1 is the first.
const UPGRADES: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Parses a bundle file. Unknown fields are kept (a newer minor writer may add them); older
 * versions are upgraded; a newer version or another kind of file is refused, saying what it is.
 */
export function readBundle(text: string, fileName: string): ReadResult {
  const fail = (message: string): ReadResult => ({ ok: false, errors: [`${fileName}: ${message}`] });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('is not an OKR Lens bundle (expected a JSON object)');
  let doc = data as Record<string, unknown>;
  if (doc.format !== BUNDLE_FORMAT)
    return fail(typeof doc.format === 'string' ? `is a "${doc.format}" file, not an OKR Lens bundle` : 'is not an OKR Lens bundle (no "format": "okr-lens-bundle")');
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) return fail(`has an invalid bundle version ${JSON.stringify(doc.version)}`);
  if (doc.version > BUNDLE_VERSION)
    return fail(`is bundle version ${doc.version}, written by a newer OKR Lens; this one reads up to version ${BUNDLE_VERSION}. Update OKR Lens to open it.`);
  for (let v = doc.version; v < BUNDLE_VERSION; v++) {
    const upgrade = UPGRADES[v];
    if (!upgrade) return fail(`is bundle version ${v}, which cannot be upgraded`);
    doc = upgrade(doc);
  }
  const joined = fromFileForm({ tombstones: [], initiatives: [], ...doc });
  if ('problems' in joined) return { ok: false, errors: joined.problems.map((p) => `${fileName}: ${p}`) };
  // Times with offsets or without seconds are stored in one form, so they sort as text too.
  const withDefaults = canonicalTimes(joined.doc as Partial<Workspace>);
  const issues = validateWorkspace(withDefaults as unknown as Workspace);
  if (issues.length > 0) return { ok: false, errors: issues.map((i) => `${fileName}: ${describeIssue(i)}`) };
  return { ok: true, bundle: withDefaults as unknown as Bundle };
}
