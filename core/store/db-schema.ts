import type { DBSchema } from 'idb';
import type { CheckIn, Initiative, KeyResult, Kpi, Objective, Period, Person, Team } from '../model/records.ts';
import type { WorkspaceInfo } from '../model/settings.ts';
import type { TargetType } from '../model/vocabulary.ts';
import type { Tombstone } from '../model/workspace.ts';
import type { SavedMapping } from '../import/mapping/saved-mapping.ts';

/** One outside entity linked to one OKR record; the row that answers "which OKRs are on this page?". */
export type LinkRow = { key: string; targetType: TargetType; targetId: string; url: string; title?: string };

// `me` is who uses this browser: it belongs to the browser, not the workspace, so imports keep it.
export type MetaRow = { key: 'workspace'; value: WorkspaceInfo } | { key: 'lastExportAt'; value: string } | { key: 'me'; value: { personId: string } }
  // Rows of versions before 2026-11-23 that drop-leftovers.ts removes: a data version and the workspace's JSON text.
  | { key: 'dataVersion'; value: string } | { key: `snapshot:${string}`; value: string }
  // A column mapping remembered by the header it was made for (its hash), offered again on the next import.
  | { key: `importMapping:${string}`; value: SavedMapping };

/** The IndexedDB layout at the latest version; migrations.ts says how each version got here. */
export interface OkrDb extends DBSchema {
  meta: { key: string; value: MetaRow };
  people: { key: string; value: Person };
  teams: { key: string; value: Team };
  periods: { key: string; value: Period };
  objectives: { key: string; value: Objective; indexes: { 'by-period': string; 'by-owner': string; 'by-team': string } };
  keyResults: { key: string; value: KeyResult; indexes: { 'by-objective': string; 'by-owner': string } };
  initiatives: { key: string; value: Initiative; indexes: { 'by-parent': string } };
  checkIns: { key: string; value: CheckIn; indexes: { 'by-target-time': [string, string] } };
  kpis: { key: string; value: Kpi; indexes: { 'by-owner': string; 'by-team': string } };
  links: { key: [string, string]; value: LinkRow; indexes: { 'by-key': string } };
  tombstones: { key: string; value: Tombstone };
}

export type StoreName = 'meta' | 'people' | 'teams' | 'periods' | 'objectives' | 'keyResults' | 'initiatives' | 'checkIns' | 'kpis' | 'links' | 'tombstones';
