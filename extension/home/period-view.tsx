import { useMemo } from 'preact/hooks';
import { filterOkrs } from '../../core/report/filter-okrs.ts';
import type { OkrFilter } from '../../core/report/okr-filter.ts';
import { periodReport } from '../../core/report/period-report.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { percent, rollupSummary } from '../../core/report/labels.ts';
import { FindingsBadge } from '../ui/findings-badge.tsx';
import { OkrTree } from './okr-tree/okr-tree.tsx';
import { treeFacts } from './okr-tree/tree-facts.ts';

/** A period's OKRs as a tree, narrowed by `filter`, with the pace of today in the workspace's zone. */
export function PeriodView({ ws, periodId, filter, me }: { ws: Workspace; periodId: string; filter: OkrFilter; me: string | undefined }) {
  // Typing in the search box changes only the filter: the report is kept until the workspace changes.
  const report = useMemo(() => periodReport(ws, periodId, new Date()), [ws, periodId]);
  const facts = treeFacts(ws);
  const filterKey = JSON.stringify(filter);
  const rows = useMemo(() => (report ? filterOkrs(report.objectives, filter, { me, names: facts.names, initiativesByParent: facts.initiativesByParent }) : []), [report, filterKey, me, facts]);
  if (!report) return <p>Unknown period.</p>;
  const owners = new Set(report.objectives.flatMap((r) => r.objective.ownerIds));
  // Findings about people (objectives per owner) name their period in the reason, not in the subject.
  const aboutOwners = [...owners].flatMap((id) => facts.findingsBySubject.get(id) ?? []).filter((f) => f.reason.includes(` in ${report.period.name};`));
  return (
    <>
      <p class="pace">
        Expected by today ({report.timeZone}): {percent(report.expected)} · {rollupSummary(ws.workspace.settings.rollup)}
        <FindingsBadge findings={aboutOwners} about={`owners in ${report.period.name}`} />
      </p>
      <OkrTree rows={rows} total={report.objectives.length} expected={report.expected} facts={facts} label={`Objectives in ${report.period.name}`} />
    </>
  );
}
