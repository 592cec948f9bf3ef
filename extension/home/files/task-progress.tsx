/** A determinate progress bar for long work (import), readable by assistive technology. */
export function TaskProgress({ label, fraction }: { label: string; fraction: number }) {
  const now = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div class="task-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={now} aria-valuetext={`${now} %`}>
      <div class="progress-fill" style={{ width: `${now}%` }} />
    </div>
  );
}
