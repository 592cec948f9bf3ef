import type { KrProgress, PendingReason } from '../math/progress.ts';
import type { KrExclusion } from '../math/rollup-rules.ts';
import { formatScore } from '../math/scoring.ts';
import type { SuggestedStatus } from '../math/status.ts';
import type { Objective } from '../model/records.ts';
import type { InitiativeStatus } from '../model/vocabulary.ts';

// Words and numbers as the extension and the site show them: one wording for both.

export const percent = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x * 100)} %`);

export const INITIATIVE_STATUS_LABELS = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' } as const satisfies Record<InitiativeStatus, string>;
export const STATUS_LABELS = { 'on-track': 'On track', behind: 'Behind', 'at-risk': 'At risk', 'off-track': 'Off track', pending: 'No check-in yet' } as const satisfies Record<SuggestedStatus, string>;

/** Display order, best first. */
export const STATUS_ORDER = ['on-track', 'behind', 'at-risk', 'off-track', 'pending'] as const satisfies readonly SuggestedStatus[];

export const PENDING_LABELS = {
  'no-check-in': 'No check-in yet',
  'no-start': 'No start value: progress cannot be measured',
  'no-target': 'No target: progress cannot be measured',
} as const satisfies Record<PendingReason, string>;

export const EXCLUSION_LABELS = {
  draft: 'Draft: not counted in the objective',
  'weight-0': 'Weight 0: not counted in the objective',
} as const satisfies Record<KrExclusion, string>;

export const NOT_COUNTED_IN_PARENT = 'Not counted in the objective above';

/** One line saying what an objective's progress is made of, per the workspace's settings. */
export function rollupSummary(rollup: { includeInitiatives: boolean; includeChildObjectives: boolean }): string {
  const parts = ['key results', ...(rollup.includeInitiatives ? ['initiatives'] : []), ...(rollup.includeChildObjectives ? ['aligned objectives'] : [])];
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Objective progress counts its ${list}.`;
}

/** What a key result's progress cell says: its percentage, or why there is none. */
export const krProgressText = (p: KrProgress): string => (p.state === 'measured' ? percent(p.progress) : PENDING_LABELS[p.reason]);

/** An objective's status as shown: its closing score once closed, else the suggested status. */
export const objectiveStatusText = (objective: Objective, status: SuggestedStatus): string =>
  objective.state === 'closed' ? (objective.score === undefined ? 'Closed' : `Closed · score ${formatScore(objective.score)}`) : STATUS_LABELS[status];

/** A change in progress, in percentage points as people read it: "+12 pts", "−3 pts". */
export const pointsText = (change: number): string => {
  const pts = Math.round(change * 100);
  return `${pts > 0 ? '+' : pts < 0 ? '−' : '±'}${Math.abs(pts)} pts`;
};
