import type { CheckIn, Initiative, KeyResult, Kpi, Objective } from '../../core/model/records.ts';
import { validateRecord, type ValidationIssue } from '../../core/model/validate.ts';
import { crossRecordIssues } from '../../core/model/validate-references.ts';
import { recordSettingIssues } from '../../core/model/record-settings.ts';
import { TARGET_TYPES, type TargetType } from '../../core/model/vocabulary.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import type { OkrStore } from '../../core/store/okr-store.ts';
import type { RecordBatch } from '../../core/store/record-batch.ts';
import { invalid, notFound } from './router-error.ts';

type Checked = { objective: Objective; keyResult: KeyResult; initiative: Initiative; checkIn: CheckIn; kpi: Kpi };
export type CheckedType = keyof Checked;
type CheckedRecord = { [T in CheckedType]: { type: T; record: Checked[T] } }[CheckedType];

export const STORE_OF = { objective: 'objectives', keyResult: 'keyResults', initiative: 'initiatives', kpi: 'kpis' } as const satisfies Record<TargetType, string>;
export const NOUN = { objective: 'objective', keyResult: 'key result', initiative: 'initiative', kpi: 'KPI' } as const satisfies Record<TargetType, string>;
const A_TARGET = { objective: 'an objective', keyResult: 'a key result', initiative: 'an initiative', kpi: 'a KPI' } as const satisfies Record<TargetType, string>;

/** Throws every shape problem of `value` (each naming record and field) unless it is a valid record of `type`. */
export function assertRecord<T extends CheckedType>(type: T, value: unknown): asserts value is Checked[T] {
  const issues = validateRecord(type, value);
  if (issues.length > 0) throw invalid(issues);
}

/**
 * The core's cross-record rules for one record, run on a small slice (people, teams, periods and
 * the records it names) rather than the whole workspace, plus the references those rules leave to
 * merges but a person typing a new record surely got wrong.
 */
export async function referenceIssues(store: OkrStore, checked: CheckedRecord): Promise<ValidationIssue[]> {
  const tx = store.db.transaction(['meta', 'people', 'teams', 'periods', 'objectives', 'keyResults', 'initiatives', 'kpis']);
  const [meta, people, teams, periods] = await Promise.all([
    tx.objectStore('meta').get('workspace'), tx.objectStore('people').getAll(), tx.objectStore('teams').getAll(), tx.objectStore('periods').getAll(),
  ]);
  if (meta?.key !== 'workspace') throw notFound('there is no workspace in this browser yet: import a bundle or load the demo first');
  const slice: Workspace = { workspace: meta.value, people, teams, periods, objectives: [], keyResults: [], initiatives: [], checkIns: [], kpis: [], tombstones: [] };
  const { id } = checked.record;
  const extra: ValidationIssue[] = [];
  const add = (field: string, message: string) => extra.push({ recordType: checked.type, id, field, message });
  const known = new Set(people.map((p) => p.id));
  const needPeople = (field: string, ids: readonly (string | undefined)[]) => {
    for (const p of ids) if (p !== undefined && !known.has(p)) add(field, `no person has id ${JSON.stringify(p)}`);
  };
  if (checked.type === 'objective') slice.objectives.push(checked.record);
  if (checked.type === 'keyResult') {
    const parent = await tx.objectStore('objectives').get(checked.record.objectiveId);
    if (parent) slice.objectives.push(parent);
    slice.keyResults.push(checked.record);
  }
  if (checked.type === 'initiative') {
    const { parentType, parentId, ownerIds } = checked.record;
    if (!(await tx.objectStore(STORE_OF[parentType]).getKey(parentId))) add('parentId', `no ${NOUN[parentType]} has id ${JSON.stringify(parentId)}`);
    needPeople('ownerIds', ownerIds);
  }
  if (checked.type === 'kpi') slice.kpis.push(checked.record);
  if (checked.type === 'checkIn') {
    const { targetType, targetId, authorId, onBehalfOfId } = checked.record;
    const target = await tx.objectStore(STORE_OF[targetType]).get(targetId);
    if (!target) add('targetId', `no ${NOUN[targetType]} has id ${JSON.stringify(targetId)}`);
    if (target && targetType === 'keyResult' && 'objectiveId' in target) slice.keyResults.push(target);
    slice.checkIns.push(checked.record);
    needPeople('authorId', [authorId]);
    needPeople('onBehalfOfId', [onBehalfOfId]);
  }
  const core = crossRecordIssues(slice).filter((i) => i.recordType === checked.type && i.id === id);
  // Sharing and parent settings are about OKRs; a KPI's owners are not limited by them.
  const settings = checked.type === 'checkIn' || checked.type === 'kpi' ? [] : recordSettingIssues(checked.type, checked.record, meta.value.settings);
  return [...core, ...extra, ...settings];
}

/** Objectives, key results, initiatives and KPIs share one id space (see validate-references.ts). */
export async function idInUse(store: OkrStore, type: TargetType, id: string): Promise<ValidationIssue[]> {
  const tx = store.db.transaction(['objectives', 'keyResults', 'initiatives', 'kpis']);
  const owners = await Promise.all(TARGET_TYPES.map(async (t) => ((await tx.objectStore(STORE_OF[t]).getKey(id)) === undefined ? [] : [t])));
  return owners.flat().map((t) => ({ recordType: type, id, field: 'id', message: `is already the id of ${A_TARGET[t]}` }));
}

export async function assertReferences(store: OkrStore, checked: CheckedRecord): Promise<void> {
  const issues = await referenceIssues(store, checked);
  if (issues.length > 0) throw invalid(issues);
}

// TypeScript cannot tie a generic `type` to its record inside a union (correlated unions); the
// pair is sound because assertRecord checked `record` against `type` first.
export const checkedOf = <T extends CheckedType>(type: T, record: Checked[T]) => ({ type, record }) as CheckedRecord;

/** The one-record batch the store writes for a checked record. */
export function batchOf(checked: CheckedRecord): RecordBatch {
  switch (checked.type) {
    case 'objective': return { objectives: [checked.record] };
    case 'keyResult': return { keyResults: [checked.record] };
    case 'initiative': return { initiatives: [checked.record] };
    case 'checkIn': return { checkIns: [checked.record] };
    case 'kpi': return { kpis: [checked.record] };
  }
}
