import type { SuggestedStatus } from '../math/status.ts';

// Words and numbers as the extension and the site show them: one wording for both.

export const percent = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x * 100)} %`);

export const STATUS_LABELS = { 'on-track': 'On track', behind: 'Behind', 'at-risk': 'At risk', 'off-track': 'Off track', pending: 'No check-in yet' } as const satisfies Record<SuggestedStatus, string>;

/** Display order, best first. */
export const STATUS_ORDER = ['on-track', 'behind', 'at-risk', 'off-track', 'pending'] as const satisfies readonly SuggestedStatus[];
