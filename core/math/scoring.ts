import type { Objective } from '../model/records.ts';
import type { Commitment } from '../model/vocabulary.ts';

/**
 * Suggested closing score (0.0–1.0): the progress reached, unrounded. Success is judged on it;
 * rounding to one decimal is for display only (`formatScore`), or 0.95 would pass as a 1.0.
 */
export const suggestScore = (progress: number): number => (Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0);

/** Aspirational objectives succeed at 0.7; committed ones are expected to be delivered in full. */
export const SUCCESS_SCORE: Record<Commitment, number> = { aspirational: 0.7, committed: 1 };

// Only float noise from arithmetic (0.1 + 0.6) is forgiven, not a real shortfall such as 0.699.
export const isSuccess = (commitment: Commitment, score: number) => score >= SUCCESS_SCORE[commitment] - 1e-9;

/**
 * A score as people read it, one decimal, except where rounding would cross a success line
 * (0.95 is not 1.0, 0.65 is not 0.7): then two decimals, rounded down, so the text never claims
 * a success the number is not.
 */
export function formatScore(score: number): string {
  const oneDecimal = Math.round(score * 10) / 10;
  const reaches = (x: number, line: number) => x >= line - 1e-9;
  const crosses = Object.values(SUCCESS_SCORE).some((line) => reaches(oneDecimal, line) !== reaches(score, line));
  return crosses ? (Math.floor(score * 100 + 1e-9) / 100).toFixed(2) : oneDecimal.toFixed(1);
}

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
