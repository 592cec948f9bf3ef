import type { Objective } from '../model/records.ts';
import type { Commitment } from '../model/vocabulary.ts';

/** Suggested closing score: progress rounded to one decimal, as OKR scores are read (0.0–1.0). */
export function suggestScore(progress: number): number {
  const clamped = Math.min(1, Math.max(0, progress));
  return Math.round(clamped * 10) / 10;
}

/** Aspirational objectives succeed at 0.7; committed ones are expected to be delivered in full. */
export const SUCCESS_SCORE: Record<Commitment, number> = { aspirational: 0.7, committed: 1 };

export const isSuccess = (commitment: Commitment, score: number) => score >= SUCCESS_SCORE[commitment] - 1e-9;

export type Closing = { score?: number; note?: string; now: string };

/** The objective closed with the given score (or the suggested one) and a closing note. */
export function closeObjective(objective: Objective, progress: number, closing: Closing): Objective {
  const score = closing.score ?? suggestScore(progress);
  if (!(score >= 0 && score <= 1)) throw new RangeError(`objective ${objective.id}: score must be 0.0–1.0, got ${score}`);
  return {
    ...objective,
    state: 'closed',
    score,
    ...(closing.note !== undefined ? { closingNote: closing.note } : {}),
    updatedAt: closing.now,
  };
}
