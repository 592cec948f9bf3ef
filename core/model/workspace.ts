import type { CheckIn, Initiative, KeyResult, Kpi, Objective, Period, Person, Team, tombstoneSpec } from './records.ts';
import type { Infer } from './schema.ts';
import type { WorkspaceInfo } from './settings.ts';
import type { RecordType } from './vocabulary.ts';

/**
 * A deletion, kept so that merging an older copy does not bring the record back. `last` is the
 * record as merging last saw it: an edit made after the deletion revives the record, and merges
 * stay order-independent only if they still know every field it had.
 */
export type Tombstone = Infer<typeof tombstoneSpec>;

/** Everything a team has: the in-memory shape of the store and of a bundle's content. */
export type Workspace = {
  workspace: WorkspaceInfo;
  people: Person[];
  teams: Team[];
  periods: Period[];
  objectives: Objective[];
  keyResults: KeyResult[];
  initiatives: Initiative[];
  checkIns: CheckIn[];
  /** Health metrics; check-ins on them are in `checkIns` with targetType 'kpi'. */
  kpis: Kpi[];
  tombstones: Tombstone[];
};

/** The record lists of a workspace with the record type each one holds. */
export const COLLECTIONS = {
  people: 'person',
  teams: 'team',
  periods: 'period',
  objectives: 'objective',
  keyResults: 'keyResult',
  initiatives: 'initiative',
  checkIns: 'checkIn',
  kpis: 'kpi',
} as const satisfies Record<Exclude<keyof Workspace, 'workspace' | 'tombstones'>, RecordType>;

export type CollectionName = keyof typeof COLLECTIONS;
