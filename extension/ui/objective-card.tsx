import type { ObjectiveRow } from '../../core/report/period-report.ts';
import { EXCLUSION_LABELS, krProgressText, NOT_COUNTED_IN_PARENT, objectiveStatusText, percent } from '../../core/report/labels.ts';
import { ProgressBar } from './progress-bar.tsx';
import { EditButtons } from '../home/edit/edit-buttons.tsx';
import { InitiativeList } from '../home/edit/initiative-list.tsx';

export function ObjectiveCard({ row, expected }: { row: ObjectiveRow; expected: number }) {
  const { objective, progress, status, keyResults } = row;
  return (
    <article class="objective" style={{ marginInlineStart: `${row.depth * 1.5}rem` }} aria-label={objective.title}>
      <h2>{objective.title}</h2>
      <p class="meta">
        <span class={`status status-${status}`}>{objectiveStatusText(objective, status)}</span> · {percent(progress)}
        {row.leftOutOfParent ? <span class="not-counted"> · {NOT_COUNTED_IN_PARENT}</span> : null}
      </p>
      <EditButtons type="objective" id={objective.id} />
      <ProgressBar value={progress} expected={expected} label={`Progress of ${objective.title}`} />
      <ul class="krs">
        {keyResults.map(({ keyResult, progress: kp, status: ks, excluded }) => (
          <li key={keyResult.id}>
            <span>{keyResult.title}</span>
            <span class={`status status-${ks}`}>{krProgressText(kp)}</span>
            {excluded ? <span class="not-counted">{EXCLUSION_LABELS[excluded]}</span> : null}
            <EditButtons type="keyResult" id={keyResult.id} />
            <InitiativeList parentId={keyResult.id} />
          </li>
        ))}
      </ul>
    </article>
  );
}
