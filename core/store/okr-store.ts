import type { IDBPDatabase } from 'idb';
import { canonicalTimes } from '../model/canonical-time.ts';
import type { CheckIn, KeyResult, Objective } from '../model/records.ts';
import type { RecordType } from '../model/vocabulary.ts';
import type { Workspace } from '../model/workspace.ts';
import type { OkrDb, LinkRow } from './db-schema.ts';
import { openOkrDb, type OpenOptions } from './open-store.ts';
import { batchIssues, StoreValidationError, type RecordBatch } from './record-batch.ts';
import { writeBatch } from './write-batch.ts';
import { deleteAll, deleteRecords, type Deletion } from './delete-records.ts';
import { dropLeftovers } from './drop-leftovers.ts';

export type LinkedOkrs = { links: LinkRow[]; objectives: Objective[]; keyResults: KeyResult[] };

/** The extension's local store: typed reads and all-or-nothing writes over IndexedDB. */
export type OkrStore = ReturnType<typeof storeOn>;

export async function openStore(options?: OpenOptions): Promise<OkrStore> {
  return storeOn(await openOkrDb(options));
}

export function storeOn(db: IDBPDatabase<OkrDb>) {
  return {
    db,
    close: () => db.close(),

    /**
     * Writes every record of `batch` in one transaction: all of them, or none when anything fails.
     * `shapesChecked`: the caller already ran `batchIssues` on these very records and found nothing
     * (an import checks each part as it arrives); the check is not run twice.
     */
    async write(batch: RecordBatch, { durability = 'relaxed', newIds, shapesChecked = false }: { durability?: 'strict' | 'relaxed'; newIds?: ReadonlySet<string>; shapesChecked?: boolean } = {}): Promise<void> {
      const issues = shapesChecked ? [] : batchIssues(batch);
      if (issues.length > 0) throw new StoreValidationError(issues);
      await writeBatch(db, canonicalTimes(batch), durability, newIds ? { newIds } : {});
    },

    delete: (type: Exclude<RecordType, 'checkIn'> | 'checkIn', ids: readonly string[], deletedAt: string) =>
      deleteRecords(db, type, ids, deletedAt),
    deleteAll: (deletions: readonly Deletion[], deletedAt: string) => deleteAll(db, deletions, deletedAt),
    /** Replaces every record with `ws` in one transaction (import, merge, restore); the last export date stays. */
    async replace(ws: Workspace, { durability = 'strict', shapesChecked = false }: { durability?: 'strict' | 'relaxed'; shapesChecked?: boolean } = {}): Promise<void> {
      const issues = shapesChecked ? [] : batchIssues(ws);
      if (issues.length > 0) throw new StoreValidationError(issues);
      await writeBatch(db, canonicalTimes(ws), durability, { replace: true });
    },

    /** The whole workspace, or undefined before anything was saved. */
    load: () => load(db),
    /** Drops rows older versions kept in `meta` and no longer read (drop-leftovers.ts). */
    dropLeftovers: () => dropLeftovers(db),

    objectivesByPeriod: (periodId: string) => db.getAllFromIndex('objectives', 'by-period', periodId),
    objectivesByOwner: (personId: string) => db.getAllFromIndex('objectives', 'by-owner', personId),
    objectivesByTeam: (teamId: string) => db.getAllFromIndex('objectives', 'by-team', teamId),
    keyResultsByObjective: (objectiveId: string) => db.getAllFromIndex('keyResults', 'by-objective', objectiveId),
    keyResultsByOwner: (personId: string) => db.getAllFromIndex('keyResults', 'by-owner', personId),
    kpisByOwner: (personId: string) => db.getAllFromIndex('kpis', 'by-owner', personId),
    kpisByTeam: (teamId: string) => db.getAllFromIndex('kpis', 'by-team', teamId),

    /** Check-ins of one target in time order, optionally from `from` (inclusive) to `to` (exclusive). */
    checkInsFor(targetId: string, from = '', to = '\uffff'): Promise<CheckIn[]> {
      return db.getAllFromIndex('checkIns', 'by-target-time', IDBKeyRange.bound([targetId, from], [targetId, to], false, true));
    },

    /** Which OKRs belong to the entity with this canonical key (`jira:acme.atlassian.net/PROJ-1`): one index lookup. */
    async okrsForLink(key: string): Promise<LinkedOkrs> {
      const tx = db.transaction(['links', 'objectives', 'keyResults']);
      const links = await tx.objectStore('links').index('by-key').getAll(key);
      const idsOf = (type: LinkRow['targetType']) => links.filter((l) => l.targetType === type).map((l) => l.targetId);
      const [objectives, keyResults] = await Promise.all([
        Promise.all(idsOf('objective').map((id) => tx.objectStore('objectives').get(id))),
        Promise.all(idsOf('keyResult').map((id) => tx.objectStore('keyResults').get(id))),
      ]);
      return { links, objectives: objectives.filter((o) => o !== undefined), keyResults: keyResults.filter((k) => k !== undefined) };
    },

    async lastExportAt(): Promise<string | undefined> {
      const row = await db.get('meta', 'lastExportAt');
      return row?.key === 'lastExportAt' ? row.value : undefined;
    },
    setLastExportAt: (at: string) => db.put('meta', { key: 'lastExportAt', value: at }).then(() => undefined),

    /** The person who uses this browser, once they said who they are (first run). */
    async me(): Promise<string | undefined> {
      const row = await db.get('meta', 'me');
      return row?.key === 'me' ? row.value.personId : undefined;
    },
    setMe: (personId: string) => db.put('meta', { key: 'me', value: { personId } }).then(() => undefined),
  };
}

async function load(db: IDBPDatabase<OkrDb>): Promise<Workspace | undefined> {
  const tx = db.transaction(['meta', 'people', 'teams', 'periods', 'objectives', 'keyResults', 'initiatives', 'checkIns', 'kpis', 'tombstones']);
  const [meta, people, teams, periods, objectives, keyResults, initiatives, checkIns, kpis, tombstones] = await Promise.all([
    tx.objectStore('meta').get('workspace'),
    tx.objectStore('people').getAll(),
    tx.objectStore('teams').getAll(),
    tx.objectStore('periods').getAll(),
    tx.objectStore('objectives').getAll(),
    tx.objectStore('keyResults').getAll(),
    tx.objectStore('initiatives').getAll(),
    tx.objectStore('checkIns').getAll(),
    tx.objectStore('kpis').getAll(),
    tx.objectStore('tombstones').getAll(),
  ]);
  if (meta?.key !== 'workspace') return undefined;
  return { workspace: meta.value, people, teams, periods, objectives, keyResults, initiatives, checkIns, kpis, tombstones };
}
