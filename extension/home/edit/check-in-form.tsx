import { useState } from 'preact/hooks';
import { checkInOwnerOf } from '../../../core/model/check-in-owner.ts';
import type { CheckIn, KeyResult } from '../../../core/model/records.ts';
import { CHECK_IN_STATUSES, type CheckInStatus } from '../../../core/model/vocabulary.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { STATUS_LABELS } from '../../../core/report/labels.ts';
import { send } from '../../messages/client.ts';
import { canEdit } from './can-edit.ts';
import { useFocusOnMount } from './focus-on-mount.ts';
import { Field, formKeys, numberOf } from './form-parts.tsx';
import { useSubmit } from './use-submit.ts';

type Props = { ws: Workspace; me: string | undefined; keyResult: KeyResult; onSaved?: (saved: CheckIn) => void; onCancel?: () => void };

const nameOf = (ws: Workspace, id: string | undefined) => ws.people.find((p) => p.id === id)?.name ?? id ?? '';

/** The value field as the KR's kind wants it: done or not, a percentage, or a number in its unit. */
function valueLabel(kr: KeyResult): string {
  if (kr.kind === 'milestone') return 'Value (% complete, 0–100)';
  return `Value${kr.unit ? ` (${kr.unit})` : ''}`;
}

/**
 * A check-in on a key result: value, status, confidence, note, evidence link. When I am not the
 * KR's check-in owner it is recorded on behalf of them (or of nobody, if I say so).
 */
export function CheckInForm({ ws, me, keyResult: kr, onSaved, onCancel = () => undefined }: Props) {
  const owner = checkInOwnerOf(kr);
  const [v, setV] = useState({ value: '', status: 'on-track' as CheckInStatus, confidence: '', note: '', sourceUrl: '', onBehalfOfId: owner !== me ? (owner ?? '') : '' });
  const [saved, setSaved] = useState<CheckIn>();
  // One id per check-in being typed: a retry after a lost answer cannot record it twice (the background refuses a known id).
  const [checkInId, setCheckInId] = useState(() => crypto.randomUUID());
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const { errors, busy, submit, fail } = useSubmit();
  const valueRef = useFocusOnMount<HTMLInputElement & HTMLSelectElement>();
  if (!canEdit(ws, me)) return null;
  const id = (field: string) => `check-in-${kr.id}-${field}`;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!me) return fail('authorId', 'say who you are first (first run), so the check-in has an author');
    const value = numberOf(v.value);
    if (Number.isNaN(value)) return fail('value', 'must be a number');
    const confidence = numberOf(v.confidence);
    if (confidence !== undefined && !(Number.isInteger(confidence) && confidence >= 0 && confidence <= 10)) return fail('confidence', 'must be a whole number 0–10');
    const draft = {
      id: checkInId, targetType: 'keyResult' as const, targetId: kr.id, value, status: v.status, confidence, note: v.note.trim() || undefined,
      sourceUrl: v.sourceUrl.trim() || undefined, authorId: me, onBehalfOfId: v.onBehalfOfId && v.onBehalfOfId !== me ? v.onBehalfOfId : undefined,
    };
    void submit(() => send({ type: 'checkIn.add', draft }), (checkIn) => {
      setSaved(checkIn);
      setCheckInId(crypto.randomUUID());
      setV({ ...v, value: '', note: '', sourceUrl: '' });
      onSaved?.(checkIn);
    });
  };

  return (
    <form class="edit-form check-in-form" aria-label={`Check in on ${kr.title}`} onSubmit={onSubmit} onKeyDown={formKeys(onCancel)}>
      <div class="row">
        <Field id={id('value')} label={valueLabel(kr)} field="value" errors={errors}>
          {(d) => kr.kind === 'binary' ? (
            <select id={id('value')} ref={valueRef} aria-describedby={d} value={v.value} onChange={(e) => set({ value: e.currentTarget.value })}>
              <option value="">— no value —</option><option value="1">Done</option><option value="0">Not done</option>
            </select>
          ) : (
            <input id={id('value')} ref={valueRef} inputMode="decimal" size={10} aria-describedby={d} value={v.value} onInput={(e) => set({ value: e.currentTarget.value })} />
          )}
        </Field>
        <Field id={id('status')} label="Status" field="status" errors={errors}>
          {(d) => <select id={id('status')} aria-describedby={d} value={v.status} onChange={(e) => set({ status: e.currentTarget.value as CheckInStatus })}>{CHECK_IN_STATUSES.map((s) => <option value={s}>{STATUS_LABELS[s]}</option>)}</select>}
        </Field>
        <Field id={id('confidence')} label="Confidence (0–10)" field="confidence" errors={errors}>
          {(d) => <input id={id('confidence')} inputMode="numeric" size={3} aria-describedby={d} value={v.confidence} onInput={(e) => set({ confidence: e.currentTarget.value })} />}
        </Field>
      </div>
      <Field id={id('note')} label="Note (Ctrl+Enter sends)" field="note" errors={errors}>
        {(d) => <textarea id={id('note')} rows={2} aria-describedby={d} value={v.note} onInput={(e) => set({ note: e.currentTarget.value })} />}
      </Field>
      <Field id={id('evidence')} label="Evidence link" field="sourceUrl" errors={errors}>
        {(d) => <input id={id('evidence')} type="url" placeholder="https://…" aria-describedby={d} value={v.sourceUrl} onInput={(e) => set({ sourceUrl: e.currentTarget.value })} />}
      </Field>
      {owner !== me ? (
        <Field id={id('on-behalf')} label="On behalf of" field="onBehalfOfId" errors={errors}>
          {(d) => (
            <select id={id('on-behalf')} aria-describedby={d} value={v.onBehalfOfId} onChange={(e) => set({ onBehalfOfId: e.currentTarget.value })}>
              <option value="">Nobody: my own check-in</option>
              {ws.people.filter((p) => p.id !== me).map((p) => <option value={p.id}>{p.name}{p.id === owner ? ' (check-in owner)' : ''}</option>)}
            </select>
          )}
        </Field>
      ) : null}
      {errors.general || errorsAuthor(errors) ? <p class="form-error" role="alert">{errors.general ?? errorsAuthor(errors)}</p> : null}
      <div class="form-buttons"><button type="submit" disabled={busy}>Check in</button></div>
      {saved ? <p role="status">Checked in{saved.onBehalfOfId ? ` on behalf of ${nameOf(ws, saved.onBehalfOfId)}` : ''}.</p> : null}
    </form>
  );
}

const errorsAuthor = (errors: ReturnType<typeof useSubmit>['errors']) => errors.byField.get('authorId');
