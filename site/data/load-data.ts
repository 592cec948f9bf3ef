import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBundle } from '../../core/bundle/read-bundle.ts';
import type { Workspace } from '../../core/model/workspace.ts';

export const DEFAULT_DATA_DIR = resolve('fixtures/demo');

export type SiteData = { ws: Workspace; now: Date; sources: string[] };

/**
 * The workspace the site is built from: every `*.okr.json` in OKR_DATA (default: the demo
 * company). Merging several bundles and reading CSV come with the spreadsheet release; until
 * then more than one bundle is refused rather than silently picking one.
 */
export function loadSiteData(dir = process.env.OKR_DATA ?? DEFAULT_DATA_DIR, nowText = process.env.OKR_NOW): SiteData {
  const files = readdirSync(dir).filter((f) => f.endsWith('.okr.json')).sort();
  if (files.length === 0) throw new Error(`site: no *.okr.json bundle in ${dir}`);
  if (files.length > 1) throw new Error(`site: ${files.length} bundles in ${dir} (${files.join(', ')}); merge them first with \`okr merge\``);
  const [file = ''] = files;
  const read = readBundle(readFileSync(join(dir, file), 'utf8'), file);
  if (!read.ok) throw new Error(`site: cannot build from ${file}:\n${read.errors.join('\n')}`);
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`site: OKR_NOW=${JSON.stringify(nowText)} is not a date`);
  return { ws: read.bundle, now, sources: files };
}
