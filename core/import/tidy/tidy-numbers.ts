import type { Cell, Draft } from '../draft.ts';
import type { Field } from '../header-fields.ts';

const VALUE_FIELDS = ['start', 'target', 'current'] as const satisfies readonly Field[];
// 0.45, ,45, 1, 1.0: a share written as a fraction (in a ";" file the comma is the decimal mark).
const FRACTION = /^(0?[.,]\d+|[01]([.,]0+)?)$/;
const asFraction = (t: string) => (FRACTION.test(t) ? Number(t.replace(',', '.')) : undefined);
const asPercent = (v: number) => `${Number((v * 100).toPrecision(12))}%`;
const percentHeader = (h: string) => /%|percent|pct/i.test(h);

/**
 * `0.45` in a column of percentages is 45 %: Excel stores a percentage as a fraction and some
 * exports write it that way. A column is one of percentages when its header says so or another of
 * its cells is written with `%`; a key result's values are, when its unit is `%` or one of them is
 * written with it. Only when every bare
 * number there lies between 0 and 1, and one is not whole, are they read as fractions.
 */
export function tidyFractions(drafts: readonly Draft[]): void {
  const krs = drafts.filter((d) => d.type === 'keyResult');
  const byColumn = new Map<string, Cell[]>();
  for (const d of krs) for (const f of VALUE_FIELDS) {
    const cell = d.cells[f];
    if (!cell) continue;
    const list = byColumn.get(cell.column);
    if (list) list.push(cell);
    else byColumn.set(cell.column, [cell]);
  }
  for (const [column, cells] of byColumn) {
    const percent = percentHeader(column) || cells.some((c) => c.text.trim().endsWith('%'));
    if (percent) rescale(cells.filter((c) => !c.text.includes('%')));
  }
  for (const d of krs) {
    const percentRow = /^(%|percent|percentage|pct)$/i.test(d.cells.unit?.text ?? '') || VALUE_FIELDS.some((f) => d.cells[f]?.text.trim().endsWith('%'));
    if (!percentRow) continue;
    rescale(VALUE_FIELDS.flatMap((f) => (d.cells[f] && !d.cells[f].text.includes('%') ? [d.cells[f]] : [])));
  }
}

function rescale(bare: readonly Cell[]): void {
  const values = bare.map((c) => asFraction(c.text));
  if (values.length === 0 || values.some((v) => v === undefined) || !values.some((v) => v! > 0 && v! < 1)) return;
  bare.forEach((c, i) => (c.text = asPercent(values[i]!)));
}
