import type { MergeReport } from '../../core/merge/merge-workspaces.ts';
import type { PeriodClosing, ClosingChoice } from '../../core/math/close-period.ts';
import type { CheckIn, Initiative, KeyResult, Link, Objective, Person } from '../../core/model/records.ts';
import type { LinkedItem } from '../../core/report/link-summary.ts';
import type { FirstScreen } from '../../core/report/first-screen.ts';
import type { WorkspaceInfo, WorkspaceSettings } from '../../core/model/settings.ts';
import type { RecordType, Role } from '../../core/model/vocabulary.ts';
import type { CollectionName, Workspace } from '../../core/model/workspace.ts';
import type { LinkedOkrs } from '../../core/store/okr-store.ts';
import type { BackupInfo } from './backup-info.ts';
import type { ColumnMapping } from '../../core/import/mapping/column-mapping.ts';
import type { SavedMapping } from '../../core/import/mapping/saved-mapping.ts';
import type { Changes, CheckInDraft, Draft, EditRecords, EditRecordType } from './drafts.ts';

type NoArgs = Record<never, never>;
export type Counts = Record<CollectionName, number>;
export type WorkspaceSummary = { workspace: WorkspaceInfo | undefined; counts: Counts; lastExportAt: string | undefined; persisted: boolean | undefined };
export type OkrList = { objectives: Objective[]; keyResults: KeyResult[] };
/** What a delete removed (an objective takes its key results and initiatives along) and the backup taken first, if any. */
export type Deleted = { deleted: { type: RecordType; id: string }[]; backupId: string | undefined };
export type Replaced = { counts: Counts; backupId: string | undefined };
export type ExportedFile = { fileName: string; text: string; exportedAt: string };
/** A key result whose check-in owner became me in a merge: "assigned to you". */
export type AssignedKeyResult = { id: string; title: string };
/**
 * One part of a planned CSV import: `chunk` is a RecordBatch as JSON (parsed in the background, not
 * on the page), `base` the fingerprint of the workspace the plan was made against.
 */
export type ImportPart = { importId: string; part: number; parts: number; chunk: string; base: string };
export type ImportProgress = { done: false; staged: number; parts: number } | { done: true; written: Counts; backupId: string | undefined };
export type CsvFiles = { items: ExportedFile; checkIns: ExportedFile; exportedAt: string };

type QueryApi = {
  'workspace.summary': { request: NoArgs; response: WorkspaceSummary };
  /** The whole workspace (undefined before anything was saved): what the home page and popup compute from. */
  'workspace.get': { request: NoArgs; response: Workspace | undefined };
  /** The whole workspace as JSON text (undefined before anything was saved): what `workspace.get` answers, much faster to send. */
  'workspace.json': { request: NoArgs; response: string | undefined };
  /** Who uses this browser: a person's id, undefined until they said who they are. */
  'me.get': { request: NoArgs; response: { personId: string | undefined } };
  'okrs.byPeriod': { request: { periodId: string }; response: OkrList };
  'okrs.byOwner': { request: { personId: string }; response: OkrList };
  'okrs.byTeam': { request: { teamId: string }; response: OkrList };
  'okrs.byLink': { request: { key: string }; response: LinkedOkrs };
  'checkIns.forTarget': { request: { targetId: string; from?: string; to?: string }; response: CheckIn[] };
};
type EditApi = { [T in EditRecordType as `${T}.create`]: { request: { draft: Draft<EditRecords[T]> }; response: EditRecords[T] } } & {
  [T in EditRecordType as `${T}.update`]: { request: { id: string; changes: Changes<EditRecords[T]> }; response: EditRecords[T] };
} & { [T in EditRecordType as `${T}.delete`]: { request: { id: string }; response: Deleted } };
type WriteApi = {
  'checkIn.add': { request: { draft: CheckInDraft }; response: CheckIn };
  'me.set': { request: { personId: string }; response: { personId: string } };
  'bundle.import': { request: { text: string; fileName: string }; response: Replaced };
  'bundle.export': { request: { exportedBy?: string; includePrivate?: boolean }; response: ExportedFile };
  'bundle.merge': { request: { text: string; fileName: string }; response: Replaced & { report: MergeReport; assignedToMe: AssignedKeyResult[] } };
  'backup.list': { request: NoArgs; response: BackupInfo[] };
  'backup.create': { request: NoArgs; response: BackupInfo };
  'backup.restore': { request: { id: string }; response: Replaced & { restored: BackupInfo } };
  'backup.export': { request: { id: string }; response: ExportedFile };
  /** Closes a period's open objectives (scores, notes) and carries unfinished KRs over, in one write. */
  'period.close': { request: { periodId: string; closings: ClosingChoice[] }; response: PeriodClosing };
  /** Top-level settings to replace; `null` removes an optional one. Answers the workspace info. */
  'settings.update': { request: { changes: { [K in keyof WorkspaceSettings]?: WorkspaceSettings[K] | null } }; response: WorkspaceInfo };
  /** Undo of a delete: the records held before deleting, back in one write. */
  'records.restore': { request: { objectives?: Objective[]; keyResults?: KeyResult[]; initiatives?: Initiative[] }; response: { restored: string[] } };
  'records.import': { request: ImportPart; response: ImportProgress };
  'csv.export': { request: { includePrivate?: boolean }; response: CsvFiles };
  /** First run, starting empty: the workspace, you as its first person (admin), the current quarter; sets `me`. */
  'workspace.create': { request: { name: string; personName: string; timeZone: string }; response: { workspace: WorkspaceInfo; person: Person } };
  /** Adds a person; `me: true` also makes them the one who uses this browser ("Who are you?"). */
  'person.create': { request: { name: string; email?: string; role?: Role; me?: boolean }; response: Person };
};

/** Every request by its `type`, with the value a successful answer carries. */
export type Api = QueryApi & EditApi & WriteApi & LinkApi & HomeApi & MappingApi;
export type RequestType = keyof Api;
export type RequestOf<K extends RequestType> = { type: K } & Api[K]['request'];
export type ResponseOf<K extends RequestType> = Api[K]['response'];
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];


/** Overlays on host pages: link the page's entity to a key result or initiative, and find what to link. */
export type LinkableItem = LinkedItem & { mine: boolean };
type LinkApi = {
  'link.add': { request: { targetType: 'keyResult' | 'initiative'; id: string; link: Link }; response: KeyResult | Initiative };
  'link.remove': { request: { targetType: 'keyResult' | 'initiative'; id: string; key: string }; response: KeyResult | Initiative };
  /** Open key results and initiatives of periods not yet over, mine first, with the facts an overlay shows. */
  'okrs.linkable': { request: NoArgs; response: { items: LinkableItem[] } };
};
/** The home page's first paint: the OKRs view's first rows, computed in the background (core/report/first-screen.ts). */
type HomeApi = {
  /** `query` is the view's URL query (period and filters); `now` the page's clock. Undefined before anything was saved. */
  'home.firstScreen': { request: { query: string; now: string }; response: { screen: FirstScreen; me: string | undefined; lastExportAt: string | undefined } | undefined };
};

/** Column mappings of CSV imports, remembered by the hash of the header they were made for. */
type MappingApi = {
  /** The saved mappings for these header hashes (those with none are left out). */
  'importMapping.get': { request: { headerHashes: string[] }; response: { saved: SavedMapping[] } };
  /** Remembers a mapping for its header (replacing the one saved before); answers what was saved. */
  'importMapping.save': { request: { mapping: ColumnMapping }; response: SavedMapping };
};
