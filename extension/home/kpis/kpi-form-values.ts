import { healthyRangeIssues } from '../../../core/model/kpi-range.ts';
import type { Kpi } from '../../../core/model/records.ts';
import type { Changes, Draft } from '../../messages/drafts.ts';

/** What the KPI form holds: text as typed, so a half-typed number is never lost. */
export type KpiFormValues = { name: string; description: string; ownerIds: string[]; teamIds: string[]; unit: string; healthyMin: string; healthyMax: string };
export type KpiFormErrors = Partial<Record<keyof KpiFormValues, string>>;

export const LABELS = {
  name: 'Name', description: 'Description', ownerIds: 'Owners', teamIds: 'Teams', unit: 'Unit', healthyMin: 'Healthy from (lowest healthy value)', healthyMax: 'Healthy up to (highest healthy value)',
} as const satisfies Record<keyof KpiFormValues, string>;

export const formValuesOf = (kpi: Kpi | undefined, me: string | undefined): KpiFormValues => ({
  name: kpi?.name ?? '', description: kpi?.description ?? '', ownerIds: kpi?.ownerIds ?? (me ? [me] : []), teamIds: kpi?.teamIds ?? [],
  unit: kpi?.unit ?? '', healthyMin: kpi?.healthyMin === undefined ? '' : String(kpi.healthyMin), healthyMax: kpi?.healthyMax === undefined ? '' : String(kpi.healthyMax),
});

// "99,9" is how half of the world types 99.9; a thousands separator makes no sense in a bound.
export const readNumberText = (text: string): number | undefined | 'bad' => {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return undefined;
  const n = Number(/^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
  return Number.isFinite(n) ? n : 'bad';
};

/** The draft the background gets, or what is wrong, field by field, in words for the person typing. */
export function draftOf(values: KpiFormValues): { ok: true; draft: Draft<Kpi> } | { ok: false; errors: KpiFormErrors } {
  const errors: KpiFormErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Give the KPI a name, for example "Monthly churn".';
  const [min, max] = [readNumberText(values.healthyMin), readNumberText(values.healthyMax)];
  if (min === 'bad') errors.healthyMin = `"${values.healthyMin}" is not a number.`;
  if (max === 'bad') errors.healthyMax = `"${values.healthyMax}" is not a number.`;
  const range = { ...(typeof min === 'number' ? { healthyMin: min } : {}), ...(typeof max === 'number' ? { healthyMax: max } : {}) };
  if (min !== 'bad' && max !== 'bad') {
    for (const issue of healthyRangeIssues(range)) {
      errors[issue.field as 'healthyMin' | 'healthyMax'] = issue.field === 'healthyMin' ? 'Give a lowest healthy value, a highest, or both.' : 'The highest healthy value must not be below the lowest.';
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const description = values.description.trim();
  const unit = values.unit.trim();
  return { ok: true, draft: { name, ...(description ? { description } : {}), ownerIds: values.ownerIds, teamIds: values.teamIds, ...(unit ? { unit } : {}), ...range } };
}

/** An edit as changes: optional fields left empty are removed (null), so a dropped bound is dropped. */
export function changesOf(draft: Draft<Kpi>): Changes<Kpi> {
  return { description: null, unit: null, healthyMin: null, healthyMax: null, ...draft };
}
