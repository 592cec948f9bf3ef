import type { KeyResult } from '../model/records.ts';

// A key result's value as people read it: at most two decimals, the unit after a space ("50 %").
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const valueText = (value: number | undefined, unit?: string): string =>
  value === undefined ? '—' : unit ? `${number.format(value)} ${unit}` : number.format(value);

/** A value in the key result's own terms: done or not for a yes/no one, percent for a milestone. */
export function krValueText(kr: Pick<KeyResult, 'kind' | 'unit'>, value: number | undefined): string {
  if (value === undefined) return '—';
  if (kr.kind === 'binary') return value >= 1 ? 'Done' : 'Not done';
  return valueText(value, kr.kind === 'milestone' ? '%' : kr.unit);
}
