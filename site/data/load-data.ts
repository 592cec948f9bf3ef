import { resolve } from 'node:path';
import { loadDataDir } from '../../core/files/load-data-dir.ts';
import type { Workspace } from '../../core/model/workspace.ts';

export const DEFAULT_DATA_DIR = resolve('fixtures/demo');

export type SiteData = { ws: Workspace; now: Date; sources: string[] };

let cached: { key: string; data: SiteData } | undefined;

/**
 * The workspace the site is built from: every bundle in OKR_DATA (default: the demo company)
 * merged, and every CSV there imported on top. OKR_NOW pins "today" for reproducible builds.
 * Read once per build: every page asks for it.
 */
export function loadSiteData(dir = process.env.OKR_DATA ?? DEFAULT_DATA_DIR, nowText = process.env.OKR_NOW): SiteData {
  const key = `${dir}\u0000${nowText ?? ''}`;
  if (cached?.key === key) return cached.data;
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`site: OKR_NOW=${JSON.stringify(nowText)} is not a date`);
  const loaded = loadDataDir(dir, now);
  const data = { ws: loaded.ws, now, sources: [...loaded.bundles, ...loaded.csvs] };
  cached = { key, data };
  return data;
}
