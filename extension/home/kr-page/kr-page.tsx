import { useMemo } from 'preact/hooks';
import { isHttpUrl } from '../../../core/model/check-spec.ts';
import { krProgressText, percent, STATUS_LABELS } from '../../../core/report/labels.ts';
import { krReport } from '../../../core/report/kr-report.ts';
import { FindingsBadge } from '../../ui/findings-badge.tsx';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { treeFacts } from '../okr-tree/tree-facts.ts';
import { routeHref } from '../route.ts';
import type { ViewProps } from '../views.tsx';
import { canEdit } from '../edit/can-edit.ts';
import { CheckInForm } from '../edit/check-in-form.tsx';
import { CheckInHistory } from './check-in-history.tsx';
import { KrChart } from './kr-chart.tsx';
import { LiveCountFacts } from './live-count-facts.tsx';

const KIND_LABELS = { increase: 'Increase', decrease: 'Decrease', milestone: 'Milestone (0–100 %)', binary: 'Done or not', 'stay-above': 'Stay above', 'stay-below': 'Stay below' } as const;

/** `#/kr/<id>`: a key result with its owners, where it stands against pace, its chart and every check-in. */
export function KrPage({ ws, route, me }: ViewProps) {
  const report = useMemo(() => (route.param ? krReport(ws, route.param, new Date()) : undefined), [ws, route.param]);
  if (!report) return <p role="alert">No key result has the id “{route.param ?? ''}”. <a href={routeHref('okrs')}>Back to the OKRs</a></p>;
  const { keyResult: kr, objective, period, progress, status, expected, timeZone } = report;
  const facts = treeFacts(ws);
  const name = (id: string) => facts.names.people.get(id) ?? id;
  const range = kr.kind === 'milestone' || kr.kind === 'binary' ? '' : `${kr.start ?? '?'} → ${kr.target ?? '?'}${kr.unit ? ` ${kr.unit}` : ''}`;
  return (
    <article class="kr-page" aria-labelledby="kr-title">
      <p class="crumbs"><a href={routeHref('okrs', undefined, period ? { period: period.id } : {})}>OKRs{period ? ` · ${period.name}` : ''}</a>{objective ? <> › {objective.title}</> : null}</p>
      <div class="objective-head">
        <h2 id="kr-title">{kr.title}</h2>
        <FindingsBadge findings={facts.findingsBySubject.get(kr.id)} about={kr.title} />
      </div>
      <dl class="facts">
        <dt>Owners</dt><dd>{kr.ownerIds.length > 0 ? kr.ownerIds.map(name).join(', ') : 'No owner'}</dd>
        <dt>Check-in owner</dt><dd>{report.checkInOwnerId ? name(report.checkInOwnerId) : 'Nobody'}</dd>
        <dt>Kind</dt><dd>{KIND_LABELS[kr.kind]}{range ? ` · ${range}` : ''}</dd>
        <dt>Progress</dt><dd><span class={`status status-${status}`}>{progress.state === 'measured' ? `${STATUS_LABELS[status]} · ${krProgressText(progress)}` : krProgressText(progress)}</span>{expected === undefined ? null : ` · expected by today: ${percent(expected)}`}</dd>
        <LiveCountFacts keyResult={kr} />
      </dl>
      <ProgressBar value={progress.state === 'measured' ? progress.progress : undefined} expected={expected ?? 0} label={`Progress of ${kr.title}`} />
      {kr.links.length > 0 ? <ul class="links" aria-label="Linked work">{kr.links.filter((l) => isHttpUrl(l.url)).map((l) => <li><a href={l.url} rel="noopener noreferrer" target="_blank">{l.title ?? l.key}</a></li>)}</ul> : null}
      {report.series ? <KrChart series={report.series} title={kr.title} unit={kr.unit} /> : null}
      {canEdit(ws, me) ? <section class="check-in-slot" aria-label="Check in"><h3>Check in</h3><CheckInForm key={kr.id} ws={ws} me={me} keyResult={kr} /></section> : null}
      <CheckInHistory checkIns={report.checkIns} people={facts.names.people} timeZone={timeZone} keyResult={kr} />
    </article>
  );
}
