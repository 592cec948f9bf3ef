import { periodReport } from '../../core/report/period-report.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { ObjectiveCard } from '../ui/objective-card.tsx';
import { percent, rollupSummary } from '../../core/report/labels.ts';

export function PeriodView({ ws, periodId }: { ws: Workspace; periodId: string }) {
  const report = periodReport(ws, periodId, new Date());
  if (!report) return <p>Unknown period.</p>;
  return (
    <section aria-label={`Objectives in ${report.period.name}`}>
      <p class="pace">Expected by today ({report.timeZone}): {percent(report.expected)} · {rollupSummary(ws.workspace.settings.rollup)}</p>
      {report.objectives.length === 0 ? <p>No objectives in this period.</p> : report.objectives.map((row) => <ObjectiveCard key={row.objective.id} row={row} expected={report.expected} />)}
    </section>
  );
}
