import { useState } from 'preact/hooks';
import { expectedValue, suggestedCheckInStatus } from '../../core/report/check-in-suggestion.ts';
import { percent, STATUS_LABELS } from '../../core/report/labels.ts';
import type { MyKeyResult } from '../../core/report/my-check-ins.ts';
import { krValueText } from '../../core/report/value-text.ts';
import type { StatusThresholds } from '../../core/model/settings.ts';
import { CHECK_IN_STATUSES } from '../../core/model/vocabulary.ts';
import { send } from '../messages/client.ts';
import { checkInDraftOf, typedNumber, type CheckInFields } from './check-in-draft.ts';

type Props = { row: MyKeyResult; me: string; meName: (id: string) => string; thresholds: StatusThresholds; onDone: (message: string) => void; onCancel: () => void };

const dayText = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** One check-in: value, status (suggested from the value until chosen), confidence, note; Enter saves, Escape goes back. */
export function CheckInForm({ row, me, meName, thresholds, onDone, onCancel }: Props) {
  const { keyResult: kr, lastCheckIn: last, expected } = row;
  const lastValue = row.progress.value;
  const [fields, setFields] = useState<CheckInFields>({ value: '', status: last?.status ?? 'on-track', confidence: last?.confidence?.toString() ?? '', note: '' });
  const [statusChosen, setStatusChosen] = useState(false);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // One id per form: saving again after a failure whose write did land cannot record it twice.
  const [id] = useState(() => crypto.randomUUID());

  const status = statusChosen ? fields.status : suggestedCheckInStatus(kr, typedNumber(fields.value), expected, thresholds, last?.status);
  // Functional updates: two inputs before a render must not undo each other.
  const set = (change: Partial<CheckInFields>) => setFields((current) => ({ ...current, ...change }));
  const paceValue = expectedValue(kr, expected);

  async function submit(event?: Event) {
    event?.preventDefault();
    if (saving) return;
    const built = checkInDraftOf({ ...fields, status }, row, me);
    if ('problem' in built) return setError(built.problem);
    setSaving(true);
    const result = await send({ type: 'checkIn.add', draft: { ...built.draft, id } });
    setSaving(false);
    if (!result.ok) return setError(result.error.message); // the typed values stay
    onDone(`Checked in: ${kr.title}, ${krValueText(kr, built.draft.value)}`);
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); onCancel(); }
    // Enter saves from anywhere in the form; Shift+Enter still breaks a line in the note.
    if (e.key === 'Enter' && !e.shiftKey && e.target instanceof HTMLTextAreaElement) void submit(e);
  };
  const owner = row.checkInOwnerId;
  const unit = kr.kind === 'milestone' ? '%' : kr.unit;
  return (
    <form class="check-in" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">Check in: {kr.title}</h2>
      <p class="kr-objective">{row.objective.title}</p>
      <dl class="facts">
        <dt>Last</dt>
        <dd>{last ? `${krValueText(kr, lastValue)} · ${STATUS_LABELS[last.status]} · ${dayText.format(new Date(last.time))}` : 'No check-in yet'}</dd>
        <dt>Pace</dt>
        <dd>{paceValue === undefined ? `${percent(expected)} of the period gone` : `${krValueText(kr, paceValue)} expected today (${percent(expected)} of the period gone)`}</dd>
      </dl>
      {owner && owner !== me ? <p class="on-behalf">On behalf of {meName(owner)}, the check-in owner</p> : null}
      <label>
        Value{unit ? ` (${unit})` : ''}
        {kr.kind === 'binary' ? (
          <select value={fields.value} onChange={(e) => set({ value: e.currentTarget.value })} autoFocus>
            <option value="">Choose…</option>
            <option value="0">Not done</option>
            <option value="1">Done</option>
          </select>
        ) : (
          <input type="text" inputMode="decimal" autoComplete="off" value={fields.value} onInput={(e) => set({ value: e.currentTarget.value })} autoFocus aria-required="true" />
        )}
      </label>
      <label>
        Status{statusChosen ? '' : ' (suggested)'}
        <select value={status} onChange={(e) => { setStatusChosen(true); const chosen = e.currentTarget.value; set({ status: CHECK_IN_STATUSES.find((s) => s === chosen) ?? status }); }}>
          {CHECK_IN_STATUSES.map((s) => <option value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      <label>
        Confidence (0–10)
        <input type="number" min={0} max={10} step={1} value={fields.confidence} onInput={(e) => set({ confidence: e.currentTarget.value })} />
      </label>
      <label>
        Note (optional)
        <textarea rows={2} value={fields.note} onInput={(e) => set({ note: e.currentTarget.value })} />
      </label>
      {error ? <p role="alert" class="error">{error}</p> : null}
      <div class="actions">
        <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Check in'}</button>
        <button type="button" onClick={onCancel}>Back</button>
      </div>
    </form>
  );
}
