import type { CheckIn } from '../../core/model/records.ts';
import { byTime } from './by-time.ts';

/** Confidence is recorded 0–10 on a check-in. */
const MAX = 10;
export type ConfidenceTrend = { values: number[]; text: string; points: string };

/**
 * A key result's confidence over its check-ins (oldest first, at most the last `limit`), as a
 * polyline for a `width`×`height` sparkline and as the words that stand in for it.
 */
export function confidenceTrend(checkIns: readonly CheckIn[], limit = 12, width = 100, height = 24): ConfidenceTrend {
  const values = byTime(checkIns.filter((c) => c.confidence !== undefined))
    .slice(-limit)
    .map((c) => c.confidence!);
  if (values.length === 0) return { values, text: 'No confidence recorded', points: '' };
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (height - 2 - ((height - 4) * v) / MAX).toFixed(1);
  const points = values.map((v, i) => `${(values.length > 1 ? i * step : width / 2).toFixed(1)},${y(v)}`).join(' ');
  const text = `Confidence ${values.join(', ')} of ${MAX}; latest ${values.at(-1)}`;
  return { values, text, points };
}
