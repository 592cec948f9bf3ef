import type { LinkedItem } from '../../core/report/link-summary.ts';

import { INITIATIVE_STATUS_LABELS, percent, STATUS_LABELS } from '../../core/report/labels.ts';

const STATUS_TEXT: Record<LinkedItem['status'], string> = { ...STATUS_LABELS, ...INITIATIVE_STATUS_LABELS };

/** Progress against the pace marker, with the status always written as text too. */
export function ProgressLine({ item }: { item: LinkedItem }) {
  return (
    <>
      <div class="progress" role="meter" aria-label={`Progress of ${item.title}`} aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={item.progress === undefined ? undefined : Math.round(item.progress * 100)} aria-valuetext={percent(item.progress)}>
        <div class="progress-fill" style={{ width: `${(item.progress ?? 0) * 100}%` }} />
        {item.expected === undefined ? null : <div class="progress-pace" style={{ left: `${item.expected * 100}%` }} title={`Expected today: ${percent(item.expected)}`} />}
      </div>
      <span class={`meta status-${item.status}`}>{STATUS_TEXT[item.status]}</span>
      <span class="meta"> · {item.valueText}{item.expected === undefined ? '' : ` · ${percent(item.progress)} of the way, ${percent(item.expected)} expected`}</span>
    </>
  );
}
