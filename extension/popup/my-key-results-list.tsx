import { useEffect } from 'preact/hooks';
import type { MyCheckIns, MyKeyResult } from '../../core/report/my-check-ins.ts';
import { percent, STATUS_LABELS } from '../../core/report/labels.ts';
import { krValueText } from '../../core/report/value-text.ts';

const dayText = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const day = (date: string) => dayText.format(new Date(`${date}T00:00:00Z`));

function dueText(row: MyKeyResult): string {
  if (!row.lastCheckIn) return 'No check-in yet';
  return row.due ? `Due since ${day(row.nextDay!)}` : `Next ${day(row.nextDay!)}`;
}

function Row({ row, onPick }: { row: MyKeyResult; onPick: (row: MyKeyResult) => void }) {
  const { keyResult, objective, progress, status } = row;
  const value = progress.state === 'measured' || progress.value !== undefined ? krValueText(keyResult, progress.value) : '—';
  return (
    <li>
      <button type="button" id={`pick-${keyResult.id}`} class="kr-pick" onClick={() => onPick(row)} aria-describedby={`about-${keyResult.id}`}>
        {keyResult.title}
      </button>
      <p class="kr-about" id={`about-${keyResult.id}`}>
        <span class={`status status-${status}`}>{STATUS_LABELS[status]}</span> · {value}
        {progress.state === 'measured' ? ` (${percent(progress.progress)})` : ''} · {dueText(row)}
        <span class="kr-objective">{objective.title}</span>
      </p>
    </li>
  );
}

/**
 * My key results: the check-ins due first, then the rest of mine; picking one opens its check-in.
 * `focusId` is the one just checked in: keyboard users come back to where they were.
 */
export function MyKeyResultsList({ mine, onPick, focusId }: { mine: MyCheckIns; onPick: (row: MyKeyResult) => void; focusId?: string | undefined }) {
  // Again after each refresh: the row moves from "due" to "also yours" when the check-in lands,
  // and the button focused before is gone. Only while focus is lost, so nobody's Tab is undone.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (focusId && lost) document.getElementById(`pick-${focusId}`)?.focus();
  }, [focusId, mine]);
  if (mine.due.length + mine.rest.length === 0) return <p>No key results of yours in a running period.</p>;
  return (
    <>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Due for a check-in ({mine.due.length})</h2>
        {mine.due.length === 0 ? <p class="all-done">You are up to date.</p> : <ul class="kr-list">{mine.due.map((row) => <Row key={row.keyResult.id} row={row} onPick={onPick} />)}</ul>}
      </section>
      {mine.rest.length > 0 ? (
        <section aria-labelledby="rest-heading">
          <h2 id="rest-heading">Also yours</h2>
          <ul class="kr-list">{mine.rest.map((row) => <Row key={row.keyResult.id} row={row} onPick={onPick} />)}</ul>
        </section>
      ) : null}
    </>
  );
}
