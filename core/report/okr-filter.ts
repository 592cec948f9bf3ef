import type { SuggestedStatus } from '../math/status.ts';
import { STATUS_ORDER } from './labels.ts';

/** What the OKRs view is narrowed to; every field is optional and all given ones must hold. */
export type OkrFilter = { team?: string; owner?: string; tag?: string; status?: SuggestedStatus; mine?: boolean; q?: string };

export const FILTER_KEYS = ['team', 'owner', 'tag', 'status', 'mine', 'q'] as const satisfies readonly (keyof OkrFilter)[];

const isStatus = (value: string): value is SuggestedStatus => (STATUS_ORDER as readonly string[]).includes(value);

/** Reads a filter from a URL query (`?team=growth&mine=1&q=churn`); unknown values are ignored, not guessed. */
export function filterFromQuery(query: URLSearchParams): OkrFilter {
  const text = (key: string) => query.get(key)?.trim() || undefined;
  const status = text('status');
  return {
    ...(text('team') ? { team: text('team') } : {}),
    ...(text('owner') ? { owner: text('owner') } : {}),
    ...(text('tag') ? { tag: text('tag') } : {}),
    ...(status && isStatus(status) ? { status } : {}),
    ...(query.get('mine') === '1' ? { mine: true } : {}),
    ...(query.get('q') ? { q: query.get('q')! } : {}),
  };
}

/** `base` (the period and anything else in the URL) with the filter's fields replaced; empty ones leave the URL. */
export function filterToQuery(filter: OkrFilter, base: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of FILTER_KEYS) next.delete(key);
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === true) next.set(key, '1');
    else if (typeof value === 'string' && value !== '') next.set(key, value);
  }
  return next;
}

export const isEmptyFilter = (filter: OkrFilter): boolean => FILTER_KEYS.every((k) => filter[k] === undefined || filter[k] === '' || filter[k] === false);
