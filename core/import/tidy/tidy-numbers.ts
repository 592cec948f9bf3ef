import type { Cell, Draft } from '../draft.ts';
import type { Field } from '../header-fields.ts';

const VALUE_FIELDS = ['start', 'target', 'current'] as const satisfies readonly Field[];
// 0.45, ,45, 1, 1.0: a share written as a fraction (in a ";" file the comma is the decimal mark).
const FRACTION = /^(0?[.,]\d+|[01]([.,]0+)?)$/;
const PROPER_FRACTION = /^0?[.,]\d+$/;
// 0 . or , first: a cheap test that spares nearly every cell of a big sheet the regex.
const mayBeFraction = (t: string) => {
  const c = t.charCodeAt(0);
  return c === 48 || c === 46 || c === 44;
};
const asFraction = (t: string) => (FRACTION.test(t) ? Number(t.replace(',', '.')) : undefined);
const asPercent = (v: number) => `${Number((v * 100).toPrecision(12))}%`;
const percentHeader = (h: string) => /%|percent|pct/i.test(h);

/**
 * `0.45` in a column of percentages is 45 %: Excel stores a percentage as a fraction and some
 * exports write it that way. A column is one of percentages when its header says so or another of
 * its cells is written with `%`; a key result's values are, when its unit is `%` or one of them is
 * written with it. Only when every bare number there lies between 0 and 1, and one is not whole,
 * are they read as fractions.
 */
export function tidyFractions(drafts: readonly Draft[]): void {
  // Big sheets: most rows hold no fraction at all, and are passed over after three regex tests.
  const fractionColumns = new Set<string>();
  for (const d of drafts) {
    if (d.type !== 'keyResult') continue;
    let fraction = false;
    for (const f of VALUE_FIELDS) {
      const cell = d.cells[f];
      if (cell && mayBeFraction(cell.text) && PROPER_FRACTION.test(cell.text)) (fraction = true), fractionColumns.add(cell.column);
    }
    if (fraction && percentRow(d)) rescale(VALUE_FIELDS.flatMap((f) => (d.cells[f] && !d.cells[f].text.includes('%') ? [d.cells[f]] : [])));
  }
  for (const column of fractionColumns) {
    const cells = drafts.flatMap((d) => (d.type === 'keyResult' ? VALUE_FIELDS.flatMap((f) => (d.cells[f]?.column === column ? [d.cells[f]] : [])) : []));
    const percent = percentHeader(column) || cells.some((c) => c.text.trim().endsWith('%'));
    if (percent) rescale(cells.filter((c) => !c.text.includes('%')));
  }
}

const percentRow = (d: Draft) => /^(%|percent|percentage|pct)$/i.test(d.cells.unit?.text ?? '') || VALUE_FIELDS.some((f) => d.cells[f]?.text.trim().endsWith('%'));

function rescale(bare: readonly Cell[]): void {
  let someFraction = false;
  for (const c of bare) {
    const v = asFraction(c.text);
    if (v === undefined) return;
    someFraction ||= v > 0 && v < 1;
  }
  if (someFraction) for (const c of bare) c.text = asPercent(asFraction(c.text)!);
}
