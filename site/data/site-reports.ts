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
    r = krReport(ws, krId, now);
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
export function objectiveRowOf(objectiveId: string): ObjectiveRow | undefined {
  const o = loadSiteData().ws.objectives.find((x) => x.id === objectiveId);
  return o && periodReportOf(o.periodId).objectives.find((r) => r.objective.id === objectiveId);
}

export const sitePeriods = () => periodsByStart(loadSiteData().ws.periods);

export function namesOf() {
  const { ws } = loadSiteData();
  return { people: new Map(ws.people.map((p) => [p.id, p.name])), teams: new Map(ws.teams.map((t) => [t.id, t.name])) };
}
