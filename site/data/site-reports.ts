import { checkInsOf, indexWorkspace, type WorkspaceIndex } from '../../core/math/workspace-index.ts';
import { alignmentTree, type Alignment } from '../../core/report/alignment-tree.ts';
import { krReport, type KrReport } from '../../core/report/kr-report.ts';
import { periodReport, type ObjectiveRow, type PeriodReport } from '../../core/report/period-report.ts';
import { periodsByStart } from '../../core/report/today.ts';
import { loadSiteData } from './load-data.ts';

// Core's reports, computed once per build: every page of a period asks for the same numbers.
const periods = new Map<string, PeriodReport>();
const krs = new Map<string, KrReport>();
const alignments = new Map<string, Alignment>();

export function periodReportOf(periodId: string): PeriodReport {
  const { ws, now } = loadSiteData();
  let r = periods.get(periodId);
  if (!r) {
    r = periodReport(ws, periodId, now);
    if (!r) throw new Error(`site: no period ${periodId}`);
    periods.set(periodId, r);
  }
  return r;
}

export function krReportOf(krId: string): KrReport {
  const { ws, now } = loadSiteData();
  let r = krs.get(krId);
  if (!r) {
    // krReport scans the workspace's lists; hand it only this key result's records so a build
    // with 10,000 key results stays linear.
    const index = indexOf();
    const keyResult = index.keyResults.get(krId);
    const objective = keyResult && index.objectives.get(keyResult.objectiveId);
    const narrowed = { ...ws, keyResults: keyResult ? [keyResult] : [], objectives: objective ? [objective] : [], checkIns: [...checkInsOf(index, 'keyResult', krId)] };
    r = krReport(narrowed, krId, now);
    if (!r) throw new Error(`site: no key result ${krId}`);
    krs.set(krId, r);
  }
  return r;
}

export function alignmentOf(periodId: string): Alignment {
  let a = alignments.get(periodId);
  if (!a) alignments.set(periodId, (a = alignmentTree(loadSiteData().ws, periodId)));
  return a;
}

/** An objective's row in its period's report (progress and status as the overview shows them). */
const rowsById = new Map<string, Map<string, ObjectiveRow>>();
export function objectiveRowOf(objectiveId: string): ObjectiveRow | undefined {
  const periodId = indexOf().objectives.get(objectiveId)?.periodId;
  if (periodId === undefined) return undefined;
  let rows = rowsById.get(periodId);
  if (!rows) rowsById.set(periodId, (rows = new Map(periodReportOf(periodId).objectives.map((r) => [r.objective.id, r]))));
  return rows.get(objectiveId);
}

export const sitePeriods = () => periodsByStart(loadSiteData().ws.periods);

type Names = { people: Map<string, string>; teams: Map<string, string> };
let shared: { ws: object; index: WorkspaceIndex; names: Names } | undefined;

/** The workspace's index and names, built once per build (pages would otherwise rebuild them per key result). */
function sharedOf() {
  const { ws } = loadSiteData();
  if (shared?.ws !== ws) {
    shared = { ws, index: indexWorkspace(ws), names: { people: new Map(ws.people.map((p) => [p.id, p.name])), teams: new Map(ws.teams.map((t) => [t.id, t.name])) } };
  }
  return shared;
}

export const namesOf = (): Names => sharedOf().names;
export const indexOf = (): WorkspaceIndex => sharedOf().index;

