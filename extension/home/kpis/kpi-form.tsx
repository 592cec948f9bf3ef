import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Kpi } from '../../../core/model/records.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { send } from '../../messages/client.ts';
import { changesOf, draftOf, formValuesOf, LABELS, type KpiFormErrors, type KpiFormValues } from './kpi-form-values.ts';

type Props = { ws: Workspace; kpi: Kpi | undefined; me: string | undefined; onDone: (message: string) => void; onCancel: () => void; onDelete?: (kpi: Kpi) => void };

/** Create or edit one KPI. Enter saves, Escape cancels; nothing is lost when the background refuses. */
export function KpiForm({ ws, kpi, me, onDone, onCancel, onDelete }: Props) {
  const [values, setValues] = useState<KpiFormValues>(() => formValuesOf(kpi, me));
  const [errors, setErrors] = useState<KpiFormErrors>({});
  const [refused, setRefused] = useState<string>();
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // Before paint, so a key pressed as soon as the form shows goes into it.
  useLayoutEffect(() => first.current?.focus(), []);
  const set = <K extends keyof KpiFormValues>(key: K, value: KpiFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const id = kpi ? `kpi-form-${kpi.id}` : 'kpi-form-new';

  async function submit(event: Event) {
    event.preventDefault();
    const checked = draftOf(values);
    setErrors(checked.ok ? {} : checked.errors);
    setRefused(undefined);
    if (!checked.ok) return;
    setSaving(true);
    const result = kpi ? await send({ type: 'kpi.update', id: kpi.id, changes: changesOf(checked.draft) }) : await send({ type: 'kpi.create', draft: checked.draft });
    setSaving(false);
    if (!result.ok) setRefused(result.error.message);
    else onDone(`Saved “${result.value.name}”.`);
  }

  const text = (key: 'name' | 'description' | 'unit' | 'healthyMin' | 'healthyMax', extra: Record<string, string> = {}) => (
    <p class="field">
      <label for={`${id}-${key}`}>{LABELS[key]}</label>
      <input id={`${id}-${key}`} ref={key === 'name' ? first : undefined} value={values[key]} onInput={(e) => set(key, e.currentTarget.value)}
        aria-invalid={errors[key] ? 'true' : undefined} aria-describedby={errors[key] ? `${id}-${key}-error` : undefined} {...extra} />
      {errors[key] ? <span id={`${id}-${key}-error`} class="field-error">{errors[key]}</span> : null}
    </p>
  );
  const many = (key: 'ownerIds' | 'teamIds', options: { id: string; name: string }[]) => (
    <p class="field">
      <label for={`${id}-${key}`}>{LABELS[key]}</label>
      <select id={`${id}-${key}`} multiple size={Math.min(4, Math.max(2, options.length))}
        onChange={(e) => set(key, [...e.currentTarget.selectedOptions].map((o) => o.value))}>
        {options.map((o) => <option value={o.id} selected={values[key].includes(o.id)}>{o.name}</option>)}
      </select>
    </p>
  );

  return (
    <form class="kpi-form" aria-label={kpi ? `Edit ${kpi.name}` : 'New KPI'} onSubmit={submit} noValidate
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <h3>{kpi ? `Edit ${kpi.name}` : 'New KPI'}</h3>
      {text('name')}
      {text('description')}
      <div class="field-row">
        {text('healthyMin', { inputmode: 'decimal', placeholder: 'e.g. 99.9' })}
        {text('healthyMax', { inputmode: 'decimal', placeholder: 'e.g. 2' })}
        {text('unit', { placeholder: '%, h, points' })}
      </div>
      <div class="field-row">
        {many('ownerIds', ws.people.filter((p) => p.role !== 'observer' || values.ownerIds.includes(p.id)))}
        {many('teamIds', ws.teams.filter((t) => !t.archived || values.teamIds.includes(t.id)))}
      </div>
      {refused ? <p role="alert" class="field-error">{refused}</p> : null}
      <p class="actions">
        <button type="submit" disabled={saving}>{kpi ? 'Save KPI' : 'Create KPI'}</button>{' '}
        <button type="button" onClick={onCancel}>Cancel</button>
        {kpi && onDelete ? <>{' '}<button type="button" class="danger" onClick={() => onDelete(kpi)}>Delete KPI</button></> : null}
      </p>
    </form>
  );
}
