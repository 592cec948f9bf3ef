import type { KeyResult } from '../model/records.ts';
import type { LoggedRow } from './build-check-ins.ts';
import type { Draft } from './draft.ts';
import type { Problem } from './problems.ts';

/** A metric key result built from a foreign row that gave it no start. */
export type Unstarted = { kr: KeyResult; draft: Draft; kindGiven: boolean };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

// A logged date as the person wrote it when it has a time (its offset included); a bare date
// (10/05/2026, 05.10.2026) as ISO, which reads the same in every locale.
const dateOf = (row: LoggedRow) => {
  const text = row.draft.cells.date?.text ?? '';
  return DATE_TIME.test(text) ? text : row.time.slice(0, 10);
};

/**
 * Gives each unstarted key result a start: the value of its earliest logged check-in (by
 * instant), else its current value, with a warning naming the row. Measuring from an assumed
 * 0 would make a decrease look done (churn at 5 % against 2 %); a value that already reaches
 * the target cannot be a start either, so it is left out with a warning. A key result with
 * neither stays without a start, for the quality rule about baselines to flag.
 */
export function takeMissingStarts(
  unstarted: readonly Unstarted[], logged: readonly LoggedRow[], currents: ReadonlyMap<string, number>,
  startColumn: (file: string) => string, problems: Problem[],
): void {
  if (unstarted.length === 0) return;
  const earliest = new Map<string, { row: LoggedRow; at: number }>();
  for (const row of logged) {
    if (row.value === undefined) continue;
    const at = Date.parse(row.time);
    const seen = earliest.get(row.kr.id);
    // Strictly earlier: of two check-ins at one instant, the first row read wins, every time.
    if (!seen || at < seen.at) earliest.set(row.kr.id, { row, at });
  }
  for (const { kr, draft, kindGiven } of unstarted) {
    const first = earliest.get(kr.id)?.row;
    const current = currents.get(kr.id);
    const value = first?.value ?? current;
    if (value === undefined) continue;
    const source = first ? `the first check-in (${value} on ${dateOf(first)})` : `the current value (${value})`;
    const warn = (message: string) => problems.push({ file: draft.file, row: draft.row, column: startColumn(draft.file), severity: 'warning', message });
    const reached = kr.target !== undefined && (kr.kind === 'increase' ? value >= kr.target : value <= kr.target);
    if (reached) {
      const direction = kr.kind === 'increase' ? 'increasing' : 'decreasing';
      warn(`no start value; ${source} already reaches the target (${kr.target}) of this ${direction} key result${kindGiven ? '' : ' (no kind given)'}, ` +
        `so it cannot be the start: add a start value${kindGiven ? '' : ' or a kind'}`);
      continue;
    }
    kr.start = value;
    warn(`no start value; took ${source} as the start`);
  }
}
