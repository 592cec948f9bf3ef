import type { ValidationIssue } from './validate.ts';
import { healthyRangeIssues } from './kpi-range.ts';
import { settingsIssues } from './settings.ts';
import type { RecordType } from './vocabulary.ts';
import { COLLECTIONS, type Workspace } from './workspace.ts';

const A_TARGET = { keyResult: 'a key result', objective: 'an objective', initiative: 'an initiative', kpi: 'a KPI' } as const;

// Rules that need more than one record. Missing alignment parents and orphaned check-ins are
// not errors here: a merge can legitimately produce them, and quality checks report the former.
export function crossRecordIssues(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (recordType: RecordType, id: string, field: string, message: string) =>
    issues.push({ recordType, id, field, message });

  // The ids of each collection, kept for the reference checks below (big imports: one set each).
  const ids = {} as Record<keyof typeof COLLECTIONS, { has: (id: string) => boolean }>;
  const keyResults = new Map<string, Workspace['keyResults'][number]>();
  for (const [collection, type] of Object.entries(COLLECTIONS) as [keyof typeof COLLECTIONS, RecordType][]) {
    const seen = collection === 'keyResults' ? undefined : new Set<string>();
    for (const record of ws[collection]) {
      const id = record.id;
      if (seen ? seen.has(id) : keyResults.has(id)) add(type, id, 'id', 'is used by another record of the same type');
      if (seen) seen.add(id);
      else keyResults.set(id, record as Workspace['keyResults'][number]);
    }
    ids[collection] = seen ?? keyResults;
  }
  // Check-ins, links and the parent ids of CSV rows name an item by id alone, so objectives,
  // key results, initiatives and KPIs share one id space (people, teams and periods have their
  // own): a check-in that lost its target type still lands on one record only.
  const itemTypes = new Map<string, RecordType>();
  for (const [type, list] of [['objective', ws.objectives], ['keyResult', ws.keyResults], ['initiative', ws.initiatives], ['kpi', ws.kpis]] as const) {
    for (const { id } of list) {
      const first = itemTypes.get(id);
      if (first && first !== type) add(type, id, 'id', `is also the id of ${A_TARGET[first as keyof typeof A_TARGET]}; objectives, key results, initiatives and KPIs need ids of their own`);
      else itemTypes.set(id, type);
    }
  }
  const { people, teams, periods, objectives } = ids;
  // Loops rather than filtered copies: this runs once per record of very big imports.
  const missingPeople = (type: RecordType, id: string, ids: readonly string[]) => {
    for (const m of ids) if (!people.has(m)) add(type, id, 'ownerIds', `no person has id ${JSON.stringify(m)}`);
  };
  const missingTeams = (type: RecordType, id: string, ids: readonly string[]) => {
    for (const t of ids) if (!teams.has(t)) add(type, id, 'teamIds', `no team has id ${JSON.stringify(t)}`);
  };

  for (const { field, message } of settingsIssues(ws.workspace.settings)) issues.push({ recordType: 'workspace', id: ws.workspace.id, field, message });
  for (const t of ws.tombstones) {
    if (t.last && t.last.id !== t.id) issues.push({ recordType: 'tombstone', id: t.id, field: 'last.id', message: `is ${JSON.stringify(t.last.id)}; the last state must be of the deleted record` });
  }
  for (const p of ws.periods) {
    if (p.start > p.end) add('period', p.id, 'end', `ends (${p.end}) before it starts (${p.start})`);
    if (p.parentId && !periods.has(p.parentId)) add('period', p.id, 'parentId', `no period has id ${JSON.stringify(p.parentId)}`);
  }
  for (const t of ws.teams) {
    for (const m of t.memberIds) if (!people.has(m)) add('team', t.id, 'memberIds', `no person has id ${JSON.stringify(m)}`);
  }
  for (const o of ws.objectives) {
    if (!periods.has(o.periodId)) add('objective', o.id, 'periodId', `no period has id ${JSON.stringify(o.periodId)}`);
    missingPeople('objective', o.id, o.ownerIds);
    if (o.checkInOwnerId) missingPeople('objective', o.id, [o.checkInOwnerId]);
    missingTeams('objective', o.id, o.teamIds);
  }
  for (const kr of ws.keyResults) {
    if (!objectives.has(kr.objectiveId))
      add('keyResult', kr.id, 'objectiveId', `no objective has id ${JSON.stringify(kr.objectiveId)}`);
    missingPeople('keyResult', kr.id, kr.ownerIds);
    if (kr.kind === 'increase' && kr.start !== undefined && kr.target !== undefined && kr.target < kr.start)
      add('keyResult', kr.id, 'target', `is below the start value for an increasing key result; use kind "decrease"`);
    if (kr.kind === 'decrease' && kr.start !== undefined && kr.target !== undefined && kr.target > kr.start)
      add('keyResult', kr.id, 'target', `is above the start value for a decreasing key result; use kind "increase"`);
  }
  for (const k of ws.kpis) {
    missingPeople('kpi', k.id, k.ownerIds);
    missingTeams('kpi', k.id, k.teamIds);
    for (const { field, message } of healthyRangeIssues(k)) add('kpi', k.id, field, message);
  }
  const targets = { keyResult: keyResults, objective: objectives, initiative: ids.initiatives, kpi: ids.kpis };
  for (const c of ws.checkIns) {
    // An orphan is allowed (see above), but a check-in whose id belongs to another kind of
    // record was almost certainly meant for that one: its numbers would go nowhere.
    // One lookup for a key result's check-in (most of them): it finds the target and its kind.
    const kr = c.targetType === 'keyResult' ? keyResults.get(c.targetId) : undefined;
    if (c.targetType === 'keyResult' ? kr === undefined : !targets[c.targetType].has(c.targetId)) {
      const other = (Object.keys(targets) as (keyof typeof targets)[]).find((t) => targets[t].has(c.targetId));
      if (other) add('checkIn', c.id, 'targetType', `is ${c.targetType}, but ${JSON.stringify(c.targetId)} is the id of ${A_TARGET[other]}, not of ${A_TARGET[c.targetType]}`);
    }
    if (kr?.kind === 'binary' && c.value !== undefined && c.value !== 0 && c.value !== 1)
      add('checkIn', c.id, 'value', `must be 0 or 1 for a done / not done key result, got ${c.value}`);
    if (kr?.kind === 'milestone' && c.value !== undefined && (c.value < 0 || c.value > 100))
      add('checkIn', c.id, 'value', `must be a percentage from 0 to 100, got ${c.value}`);
  }
  return issues;
}
