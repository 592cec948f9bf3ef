import { useState } from 'preact/hooks';
import { CHECK_IN_STATUSES, type CheckInStatus } from '../../core/model/vocabulary.ts';
import type { LinkedItem } from '../../core/report/link-summary.ts';
import { STATUS_LABELS } from '../../core/report/labels.ts';
import { typedNumber } from '../popup/check-in-draft.ts';
import { asCheckInStatus } from './check-in-status.ts';
import type { OverlayActions, OverlayCheckIn } from '../overlay/overlay-actions.ts';

type Props = { items: LinkedItem[]; pageUrl: string; source: OverlayCheckIn['source']; actions: OverlayActions; onClose: () => void; disabled: boolean };

/** Check in: value, status, note, Enter. The page's URL is kept as the check-in's source. */
export function CheckInBox({ items, pageUrl, source, actions, onClose, disabled }: Props) {
  const keyResults = items.filter((i) => i.type === 'keyResult');
  // Until the person picks one, the first item: what is linked to this page changes under a kept form.
  const [targetId, setTargetId] = useState<string>();
  const target = keyResults.find((k) => k.id === targetId) ?? keyResults[0];
  const [value, setValue] = useState('');
  const [chosenStatus, setStatus] = useState<CheckInStatus>();
  const status = chosenStatus ?? asCheckInStatus(target?.status ?? '');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ text: string; alert: boolean }>();
  if (!target) return <p class="meta">Link a key result to this page first, then check in here.</p>;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (disabled) return;
    const number = typedNumber(value);
    if (number === undefined) return setMessage({ text: value.trim() === '' ? 'Value: enter a number' : `Value: "${value}" is not a number`, alert: true });
    const result = await actions.checkIn({ item: target, value: number, status, note: note.trim() || undefined, source, sourceUrl: pageUrl });
    if (!result.ok) return setMessage({ text: result.error.message, alert: true });
    setMessage({ text: `Checked in ${value} on ${target.title}`, alert: false });
    setValue('');
    setNote('');
  };
  return (
    <form onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }} aria-label="Check in">
      {keyResults.length > 1 ? (
        <label>Key result
          <select value={target.id} onChange={(e) => setTargetId(e.currentTarget.value)}>
            {keyResults.map((k) => <option key={k.id} value={k.id}>{k.title}</option>)}
          </select>
        </label>
      ) : <p class="item-title">{target.title}</p>}
      <label>Value (now {target.valueText})
        <input name="value" inputMode="decimal" autocomplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <label>Status
        <select name="status" value={status} onChange={(e) => setStatus(asCheckInStatus(e.currentTarget.value))}>
          {CHECK_IN_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      <label>Note
        <input name="note" autocomplete="off" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" disabled={disabled}>Save check-in</button>
      {message ? <p class={message.alert ? 'alert' : 'ok'} role={message.alert ? 'alert' : 'status'}>{message.text}</p> : null}
    </form>
  );
}
