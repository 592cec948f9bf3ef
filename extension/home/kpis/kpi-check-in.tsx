import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { inHealthyRange } from '../../../core/math/kpi-health.ts';
import type { Kpi } from '../../../core/model/records.ts';
import { healthyRangeText, KPI_HEALTH_LABELS } from '../../../core/report/kpi-report.ts';
import { send } from '../../messages/client.ts';
import { readNumberText } from './kpi-form-values.ts';

type Props = { kpi: Kpi; me: string | undefined; onDone: (message: string) => void; onCancel: () => void };

/**
 * A KPI check-in: a value and an optional note, Enter to save, Escape to cancel. Its status follows
 * the healthy range (on track inside, off track outside), so the number is all a person types.
 */
export function KpiCheckIn({ kpi, me, onDone, onCancel }: Props) {
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const first = useRef<HTMLInputElement>(null);
  // Before paint, so a key pressed as soon as the form shows goes into it.
  useLayoutEffect(() => first.current?.focus(), []);
  const id = `kpi-check-in-${kpi.id}`;
  const parsed = readNumberText(value);
  const preview = typeof parsed === 'number' ? KPI_HEALTH_LABELS[inHealthyRange(kpi, parsed) ? 'healthy' : 'unhealthy'] : undefined;

  async function submit(event: Event) {
    event.preventDefault();
    if (!me) return setProblem('Say who you are first: a check-in needs its author.');
    if (typeof parsed !== 'number') return setProblem(parsed === 'bad' ? `"${value}" is not a number.` : 'Enter the value you measured.');
    const text = note.trim();
    const result = await send({ type: 'checkIn.add', draft: { targetType: 'kpi', targetId: kpi.id, value: parsed, status: inHealthyRange(kpi, parsed) ? 'on-track' : 'off-track', authorId: me, ...(text ? { note: text } : {}) } });
    if (result.ok) onDone(`Checked in ${parsed}${kpi.unit ? ` ${kpi.unit}` : ''} on “${kpi.name}”.`);
    else setProblem(result.error.message);
  }

  return (
    <form class="kpi-form" aria-label={`Check in on ${kpi.name}`} onSubmit={submit} noValidate
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <h3>Check in on {kpi.name} <span class="meta">(healthy {healthyRangeText(kpi)})</span></h3>
      <div class="field-row">
        <p class="field">
          <label for={`${id}-value`}>Value{kpi.unit ? ` (${kpi.unit})` : ''}</label>
          <input id={`${id}-value`} ref={first} inputmode="decimal" value={value} onInput={(e) => setValue(e.currentTarget.value)}
            aria-invalid={problem && typeof parsed !== 'number' ? 'true' : undefined} aria-describedby={`${id}-preview`} />
          <span id={`${id}-preview`} class="meta">{preview ? `Would be: ${preview}` : ''}</span>
        </p>
        <p class="field">
          <label for={`${id}-note`}>Note (optional)</label>
          <input id={`${id}-note`} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </p>
      </div>
      {problem ? <p role="alert" class="field-error">{problem}</p> : null}
      <p class="actions">
        <button type="submit">Check in</button>{' '}
        <button type="button" onClick={onCancel}>Cancel</button>
      </p>
    </form>
  );
}
