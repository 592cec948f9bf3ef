import type { KeyResult } from '../model/records.ts';

// A key result's value as people read it: at most two decimals, the unit after a space ("50 %").
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

// A unit led by a currency sign reads the way money is written: "$k" gives "$315k", "€" gives "€40".
const CURRENCY_LED = /^([$€£¥₹])\s*(.*)$/u;

export function valueText(value: number | undefined, unit?: string): string {
  if (value === undefined) return '—';
  const n = number.format(value);
  if (!unit) return n;
  const money = CURRENCY_LED.exec(unit);
  if (!money) return `${n} ${unit}`;
  const [, sign, rest] = money;
  const signed = value < 0 ? `-${sign}${n.slice(1)}` : `${sign}${n}`;
  // A one-letter scale sticks to the number ("$315k"); a word gets a space ("$40 per seat").
  return rest ? (/^[kKmMbB]n?$/.test(rest!) ? `${signed}${rest}` : `${signed} ${rest}`) : signed;
}

/** A value in the key result's own terms: done or not for a yes/no one, percent for a milestone. */
export function krValueText(kr: Pick<KeyResult, 'kind' | 'unit'>, value: number | undefined): string {
  if (value === undefined) return '—';
  if (kr.kind === 'binary') return value >= 1 ? 'Done' : 'Not done';
  return valueText(value, kr.kind === 'milestone' ? '%' : kr.unit);
}
