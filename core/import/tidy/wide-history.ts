import type { CheckInDraft, Draft, TableInput } from '../draft.ts';
import type { Problem } from '../problems.ts';
import type { HistoryColumn, Span } from './history-columns.ts';

/**
 * A wide history: every filled week or date cell of a key result's row becomes a dated check-in
 * (matched to the key result by its title and its objective's), and the latest filled one is the
 * current value when the row has no Current column.
 */
export function checkInsFromHistory({ file, body }: TableInput, drafts: readonly Draft[], columns: readonly HistoryColumn[], spanOf: (d: Draft) => Span | undefined, problems: Problem[]): CheckInDraft[] {
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const out: CheckInDraft[] = [];
  for (const d of drafts) {
    if (d.type !== 'keyResult' || !d.cells.title) continue;
    const row = body[d.row - 2] ?? [];
    const objective = d.parentKey !== undefined ? byKey.get(d.parentKey)?.cells.title : d.parentTitle;
    let latest: { day: string; text: string; column: string } | undefined;
    for (const col of columns) {
      const text = row[col.index]?.trim() ?? '';
      if (!text) continue;
      const day = col.dayIn(spanOf(d));
      if (!day) {
        problems.push({ file, row: d.row, column: col.header, severity: 'error', message: 'cannot tell the date of this column without a period: add a Period column or import with --period' });
        continue;
      }
      out.push({ file, row: d.row, cells: { keyResult: d.cells.title, ...(objective ? { objective } : {}), date: { text: day, column: col.header }, current: { text, column: col.header } } });
      if (!latest || day >= latest.day) latest = { day, text, column: col.header };
    }
    if (latest && !d.cells.current) d.cells.current = { text: latest.text, column: latest.column };
  }
  return out;
}
