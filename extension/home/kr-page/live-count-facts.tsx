import type { KeyResult } from '../../../core/model/records.ts';
import { dataLinkHref, liveCountText, SOURCE_LABELS } from '../edit/live-count-labels.ts';

/** A key result's live count and data link, read-only: they change in the edit form, or from a page. */
export function LiveCountFacts({ keyResult: kr }: { keyResult: KeyResult }) {
  const d = kr.dataLink;
  const href = d ? dataLinkHref(d) : undefined;
  return (
    <>
      {kr.liveCount ? <><dt>Live count</dt><dd class="live-count" title={SOURCE_LABELS[kr.liveCount.source]}>{liveCountText(kr.liveCount)}</dd></> : null}
      {d ? (
        <>
          <dt>Data link</dt>
          <dd class="data-link">{href ? <a href={href} rel="noopener noreferrer" target="_blank">{d.label || d.url}</a> : <span>{d.label || d.url}</span>}</dd>
        </>
      ) : null}
    </>
  );
}
