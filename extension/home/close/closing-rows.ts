import { openObjectivesOf } from '../../../core/math/close-period.ts';
import { createRollup } from '../../../core/math/rollup.ts';
import { suggestScore } from '../../../core/math/scoring.ts';
import { indexWorkspace } from '../../../core/math/workspace-index.ts';
import type { Objective } from '../../../core/model/records.ts';
import type { Workspace } from '../../../core/model/workspace.ts';

export type ClosingRow = { objective: Objective; progress: number | undefined; suggested: number };

/** The period's open objectives with the score suggested from their progress (0 when never measured). */
export function closingRows(ws: Workspace, periodId: string): ClosingRow[] {
  const progressOf = createRollup(indexWorkspace(ws), ws.workspace.settings.rollup);
  return openObjectivesOf(ws, periodId).map((objective) => {
    const p = progressOf(objective.id);
    const progress = p.state === 'measured' ? p.progress : undefined;
    return { objective, progress, suggested: suggestScore(progress ?? 0) };
  });
}

/** An override as typed: undefined when empty (the suggestion stands), else a score 0–1 or an error. */
export function parseOverride(text: string): { score?: number; error?: string } {
  if (text.trim() === '') return {};
  const score = Number(text.replace(',', '.'));
  if (!Number.isFinite(score) || score < 0 || score > 1) return { error: `must be a score from 0.0 to 1.0, got “${text}”` };
  return { score };
}
