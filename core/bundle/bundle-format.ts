import type { Workspace } from '../model/workspace.ts';
import { toFileForm } from './kpi-arrays.ts';

export const BUNDLE_FORMAT = 'okr-lens-bundle';
export const BUNDLE_VERSION = 1;

/** The `*.okr.json` file: a workspace plus who exported it and when (DESIGN.md "Files"). */
export type Bundle = { format: typeof BUNDLE_FORMAT; version: typeof BUNDLE_VERSION; exportedAt: string; exportedBy: string } & Workspace;

export function toBundle(ws: Workspace, exportedAt: string, exportedBy: string): Bundle {
  const { workspace, people, teams, periods, objectives, keyResults, initiatives, checkIns, tombstones, kpis } = ws;
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt, exportedBy, workspace, people, teams, periods, objectives, keyResults, initiatives, checkIns, tombstones, kpis };
}

/**
 * Stable text for a bundle: two-space JSON with a final newline, so files diff well. KPI
 * check-ins and deletions are written in arrays of their own (see kpi-arrays.ts).
 */
export const bundleText = (bundle: Bundle) => `${JSON.stringify(toFileForm(bundle), null, 2)}\n`;
