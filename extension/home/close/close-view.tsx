import { useMemo, useState } from 'preact/hooks';
import { closePeriod, type ClosingChoice, type PeriodClosing } from '../../../core/math/close-period.ts';
import { formatScore, isSuccess, SUCCESS_SCORE } from '../../../core/math/scoring.ts';
import { percent } from '../../../core/report/labels.ts';
import { send } from '../../messages/client.ts';
import { canEdit } from '../edit/can-edit.ts';
import { routeHref } from '../route.ts';
import type { ViewProps } from '../views.tsx';
import { CarriedList } from './carried-list.tsx';
import { closingRows, parseOverride } from './closing-rows.ts';
import '../edit/edit.css';

type Choice = { score: string; note: string; carry: boolean };
const EMPTY: Choice = { score: '', note: '', carry: true };

/** `#/close/<periodId>`: suggested scores, overrides, closing notes, then close and carry over in one write. */
export function CloseView({ ws, route, me }: ViewProps) {
  const period = ws.periods.find((p) => p.id === route.param);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<PeriodClosing>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Both walk the whole workspace: once per workspace, not once per keystroke in a score or note.
  const rows = useMemo(() => (period ? closingRows(ws, period.id) : []), [ws, period?.id]);
  // The same pure function the background runs, for a preview of what will be carried over.
  const preview = useMemo(() => (period ? closePeriod(ws, period.id, [], { now: new Date().toISOString(), newId: () => 'preview' }) : undefined), [ws, period?.id]);
  if (!period || !preview) return <p role="alert">No period “{route.param ?? ''}” to close. <a href={routeHref('okrs')}>Back to the OKRs</a></p>;
  if (!canEdit(ws, me)) return <p>Observers see everything and edit nothing: ask an admin or member to close {period.name}.</p>;
  const choiceOf = (id: string) => choices[id] ?? EMPTY;
  const set = (id: string, patch: Partial<Choice>) => setChoices({ ...choices, [id]: { ...choiceOf(id), ...patch } });
  const parsed = rows.map((r) => ({ row: r, override: parseOverride(choiceOf(r.objective.id).score) }));
  const request: ClosingChoice[] = parsed.map(({ row, override }) => {
    const c = choiceOf(row.objective.id);
    return { objectiveId: row.objective.id, ...(override.score !== undefined ? { score: override.score } : {}), ...(c.note.trim() ? { note: c.note.trim() } : {}), ...(c.carry ? {} : { carryOver: false }) };
  });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (parsed.some((p) => p.override.error)) return setError('Some scores are not 0.0–1.0: see the fields marked below.');
    setBusy(true);
    const result = await send({ type: 'period.close', periodId: period.id, closings: request });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setDone(result.value);
  };

  return (
    <section aria-label={`Close ${period.name}`} class="close-view">
      <h2>Close {period.name}</h2>
      {done ? <CarriedList ws={ws} closing={done} /> : null}
      {rows.length === 0 ? <p>Every objective of {period.name} is closed.</p> : (
        <form onSubmit={onSubmit} class="edit-form">
          {parsed.map(({ row, override }) => {
            const { objective } = row;
            const c = choiceOf(objective.id);
            const score = override.score ?? row.suggested;
            const carried = preview.carried.find((x) => x.from === objective.id);
            const fid = (f: string) => `close-${objective.id}-${f}`;
            return (
              <fieldset class="closing" aria-label={objective.title}>
                <legend>{objective.title}</legend>
                <p class="meta">Progress {percent(row.progress)} · {objective.commitment} · suggested score <strong>{formatScore(row.suggested)}</strong> · {isSuccess(objective.commitment, score) ? 'a success' : `short of ${formatScore(SUCCESS_SCORE[objective.commitment])}`}</p>
                <div class="row">
                  <div class={override.error ? 'field field-invalid' : 'field'}>
                    <label for={fid('score')}>Score (empty keeps {formatScore(row.suggested)})</label>
                    <input id={fid('score')} inputMode="decimal" size={5} aria-describedby={override.error ? fid('score-error') : undefined} value={c.score} onInput={(e) => set(objective.id, { score: e.currentTarget.value })} />
                    {override.error ? <p class="field-error" id={fid('score-error')}>{override.error}</p> : null}
                  </div>
                  <div class="field">
                    <label for={fid('note')}>Closing note</label>
                    <textarea id={fid('note')} rows={2} cols={40} value={c.note} onInput={(e) => set(objective.id, { note: e.currentTarget.value })} />
                  </div>
                </div>
                <label class="check">
                  <input type="checkbox" checked={c.carry} onChange={(e) => set(objective.id, { carry: e.currentTarget.checked })} />{' '}
                  Carry unfinished key results over{carried ? ` (${carried.keyResults.length}: ${carried.keyResults.map((k) => k.title).join('; ')})` : ' (none unfinished)'}
                </label>
              </fieldset>
            );
          })}
          {error ? <p class="form-error" role="alert">{error}</p> : null}
          <div class="form-buttons">
            <button type="submit" disabled={busy}>Close {period.name}{preview.next ? ` and carry over to ${preview.next.period.name}` : ''}</button>
            <a href={routeHref('okrs', undefined, { period: period.id })}>Cancel</a>
          </div>
        </form>
      )}
    </section>
  );
}
