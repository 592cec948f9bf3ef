import type { CheckIn, Initiative, Period, Person, Team } from '../model/records.ts';
import type { WorkspaceInfo } from '../model/settings.ts';
import type { Workspace } from '../model/workspace.ts';
import type { Finding } from '../quality/rule.ts';
import { filterOkrs, type FilteredRow } from './filter-okrs.ts';
import { filterFromQuery } from './okr-filter.ts';
import { periodReport, type PeriodReport } from './period-report.ts';
import { periodsByStart, workspaceCurrentPeriod } from './today.ts';
import { treeFacts } from './tree-facts.ts';

/**
 * What the OKRs view paints first: the workspace's small collections, and the first `limit` rows
 * of the chosen period's tree as the full view will show them (same filter, rollups, findings).
 * The background computes it, so the page paints without receiving and parsing the whole
 * workspace (5,000 key results: 3.7 MB of JSON). Maps travel as entry lists (messages are JSON).
 */
export type FirstScreen = {
  workspace: WorkspaceInfo;
  people: Person[];
  teams: Team[];
  periods: Period[];
  tags: string[];
  periodId: string | undefined;
  tree: FirstTree | undefined;
};
export type FirstTree = {
  period: Period;
  expected: number;
  timeZone: string;
  /** The period's objectives, and how many of them match the filter (context rows not counted). */
  total: number;
  shown: number;
  /** As the full view filters them, but each `row.keyResults` left empty (the shown ones are in `keyResults`). */
  rows: FilteredRow[];
  /** More rows follow (the page shows them once it has the whole workspace). */
  more: boolean;
  findings: [string, Finding[]][];
  initiatives: [string, Initiative[]][];
  confidence: [string, CheckIn][];
  ownerFindings: Finding[];
};
/** `query` is the OKRs view's URL query: the period and the filters. */
export type FirstScreenAsk = { query: string; me: string | undefined; now: Date; limit: number };

/** The period the OKRs view opens: the one asked for if it exists, else today's, else the latest. */
export function chosenPeriod(ws: Pick<Workspace, 'workspace' | 'periods'>, asked: string | undefined, now: Date): string | undefined {
  if (asked && ws.periods.some((p) => p.id === asked)) return asked;
  return workspaceCurrentPeriod(ws, now)?.id ?? periodsByStart(ws.periods).at(-1)?.id;
}

export function firstScreen(ws: Workspace, ask: FirstScreenAsk, report: (periodId: string) => PeriodReport | undefined = (id) => periodReport(ws, id, ask.now)): FirstScreen {
  const facts = treeFacts(ws);
  const query = new URLSearchParams(ask.query);
  const periodId = chosenPeriod(ws, query.get('period') ?? undefined, ask.now);
  const base = { workspace: ws.workspace, people: ws.people, teams: ws.teams, periods: ws.periods, tags: facts.tags, periodId };
  const found = periodId === undefined ? undefined : report(periodId);
  if (!found) return { ...base, tree: undefined };
  const all = filterOkrs(found.objectives, filterFromQuery(query), { me: ask.me, names: facts.names, initiativesByParent: facts.initiativesByParent });
  // A row's own key results are what filterOkrs read; the card shows `keyResults`. Not sending
  // them twice halves the answer (5,000 key results: 145 kB to about 80 kB).
  const rows = all.slice(0, ask.limit).map((r) => ({ ...r, row: { ...r.row, keyResults: [] } }));
  const ids = rows.flatMap(({ row, keyResults }) => [row.objective.id, ...keyResults.map((k) => k.keyResult.id)]);
  const initiatives = ids.flatMap((id) => facts.initiativesByParent.get(id) ?? []);
  const pick = <T>(map: Map<string, T>, keys: readonly string[]): [string, T][] => keys.flatMap((k) => (map.has(k) ? [[k, map.get(k)!] satisfies [string, T]] : []));
  const owners = new Set(found.objectives.flatMap((r) => r.objective.ownerIds));
  return {
    ...base,
    tree: {
      period: found.period, expected: found.expected, timeZone: found.timeZone,
      total: found.objectives.length, shown: all.filter((r) => !r.context).length, rows, more: all.length > rows.length,
      findings: pick(facts.findingsBySubject, [...ids, ...initiatives.map((i) => i.id)]),
      initiatives: pick(facts.initiativesByParent, ids),
      confidence: pick(facts.confidenceOf, [...ids, ...initiatives.map((i) => i.id)]),
      // Findings about people (objectives per owner) name their period in the reason, not in the subject (as period-view.tsx).
      ownerFindings: [...owners].flatMap((id) => facts.findingsBySubject.get(id) ?? []).filter((f) => f.reason.includes(` in ${found.period.name};`)),
    },
  };
}
