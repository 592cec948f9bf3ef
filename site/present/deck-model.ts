import { localDate } from '../../core/math/dates.ts';
import { checkInsOf, indexWorkspace } from '../../core/math/workspace-index.ts';
import type { CheckIn, KeyResult } from '../../core/model/records.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { periodMovers, type Mover } from '../../core/report/period-movers.ts';
import { periodReport, type KrRow, type ObjectiveRow, type PeriodReport } from '../../core/report/period-report.ts';
import { workspaceToday } from '../../core/report/today.ts';
import { confidenceTrend, type ConfidenceTrend } from './confidence-trend.ts';
import { byTime } from './by-time.ts';
import { risksAndFlags, type RiskLine } from './risks.ts';

export type NoteLine = { day: string; author: string; about: string; text: string };
export type KrLine = KrRow & { owners: string; checkIns: readonly CheckIn[]; confidence: ConfidenceTrend; latest: NoteLine | undefined };
export type ObjectiveSlide = { row: ObjectiveRow; owners: string; teams: string; krs: KrLine[]; notes: NoteLine[] };
export type Deck = {
  workspaceName: string; report: PeriodReport; today: string; krCount: number; averageProgress: number | undefined;
  objectives: ObjectiveSlide[]; movers: Mover[]; risks: RiskLine[]; ownerFlags: RiskLine[];
};

/** How many of an objective's latest check-in notes its slide shows. */
export const NOTES_PER_OBJECTIVE = 3;

/**
 * Everything the presentation of one period shows, at `now`: the numbers come from
 * `periodReport` (the same as the period overview and the extension), and notes and confidence
 * come from the same check-ins it counts.
 */
export function deckModel(ws: Workspace, periodId: string, now: Date): Deck | undefined {
  const report = periodReport(ws, periodId, now);
  if (!report) return undefined;
  const index = indexWorkspace(ws);
  const names = new Map(ws.people.map((p) => [p.id, p.name]));
  const nameList = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const teamNames = new Map(ws.teams.map((t) => [t.id, t.name]));
  // Reading a local day goes through Intl, the costliest step here; check-ins often share a time.
  const days = new Map<string, string>();
  const dayOf = (time: string) => days.get(time) ?? days.set(time, localDate(new Date(time), report.timeZone)).get(time)!;
  const note = (c: CheckIn, about: string): NoteLine => ({ day: dayOf(c.time), author: names.get(c.authorId) ?? c.authorId, about, text: c.note ?? '' });
  const checkInsOfKr = (kr: KeyResult) => byTime(checkInsOf(index, 'keyResult', kr.id));

  const objectives = report.objectives.map((row): ObjectiveSlide => {
    const krs = row.keyResults.map((r): KrLine => {
      const checkIns = checkInsOfKr(r.keyResult);
      const withNote = checkIns.findLast((c) => c.note);
      return { ...r, owners: nameList(r.keyResult.ownerIds), checkIns, confidence: confidenceTrend(checkIns), latest: withNote && note(withNote, r.keyResult.title) };
    });
    // Each key result's check-ins are in time order already: its last few notes are all that can make the cut.
    const candidates = krs.flatMap((k) => k.checkIns.filter((c) => c.note).slice(-NOTES_PER_OBJECTIVE).map((c) => ({ c, about: k.keyResult.title })));
    const about = new Map(candidates.map(({ c, about }) => [c, about]));
    const notes = byTime(candidates.map(({ c }) => c)).reverse().slice(0, NOTES_PER_OBJECTIVE).map((c) => note(c, about.get(c)!));
    return { row, owners: nameList(row.objective.ownerIds), teams: row.objective.teamIds.map((id) => teamNames.get(id) ?? id).join(', '), krs, notes };
  });

  const allKrs = objectives.flatMap((o) => o.krs.map((k) => ({ ...k, objectiveTitle: o.row.objective.title })));
  const measured = report.objectives.flatMap((o) => (o.progress === undefined ? [] : [o.progress]));
  return {
    workspaceName: ws.workspace.name, report, today: workspaceToday(ws, now), krCount: allKrs.length,
    averageProgress: measured.length === 0 ? undefined : measured.reduce((a, b) => a + b, 0) / measured.length,
    objectives, movers: periodMovers(ws, periodId, now).movers, ...risksAndFlags(allKrs),
  };
}

/** Slide numbers (1-based): title, summary, one per objective, then risks and asks. */
export const slideCount = (deck: Pick<Deck, 'objectives'>): number => deck.objectives.length + 3;
