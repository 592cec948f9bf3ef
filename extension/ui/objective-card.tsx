import type { ObjectiveRow } from '../../core/report/period-report.ts';
import { percent, STATUS_LABELS } from '../../core/report/labels.ts';
import { ProgressBar } from './progress-bar.tsx';

export function ObjectiveCard({ row, expected }: { row: ObjectiveRow; expected: number }) {
  const { objective, progress, status, keyResults } = row;
  return (
    <article class="objective" style={{ marginInlineStart: `${row.depth * 1.5}rem` }} aria-label={objective.title}>
      <h2>{objective.title}</h2>
      <p class="meta">
        <span class={`status status-${status}`}>{objective.state === 'closed' ? `Closed · score ${objective.score?.toFixed(1)}` : STATUS_LABELS[status]}</span> · {percent(progress)}
      </p>
      <ProgressBar value={progress} expected={expected} label={`Progress of ${objective.title}`} />
      <ul class="krs">
        {keyResults.map(({ keyResult, progress: kp, status: ks }) => (
          <li>
            <span>{keyResult.title}</span>
            <span class={`status status-${ks}`}>{kp.state === 'measured' ? percent(kp.progress) : STATUS_LABELS.pending}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
