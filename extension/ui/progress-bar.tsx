import { percent } from '../../core/report/labels.ts';

/** Progress against the expected pace; the marker shows where the work should be today. */
export function ProgressBar({ value, expected, label }: { value: number | undefined; expected: number; label: string }) {
  return (
    <div class="progress" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value === undefined ? undefined : Math.round(value * 100)} aria-valuetext={percent(value)}>
      <div class="progress-fill" style={{ width: `${(value ?? 0) * 100}%` }} />
      <div class="progress-pace" style={{ left: `${expected * 100}%` }} title={`Expected: ${percent(expected)}`} />
    </div>
  );
}
