import type { DataLink } from '../../../core/model/records.ts';
import { dataLinkHref } from './live-count-labels.ts';

type Props = { dataLink: DataLink; removed: boolean; onRemoved: (removed: boolean) => void };

/** The number captured on a page ("Capture from page" in the overlay): shown, and removable; it is set only from the page. */
export function DataLinkField({ dataLink, removed, onRemoved }: Props) {
  const href = dataLinkHref(dataLink);
  const label = dataLink.label || dataLink.url;
  return (
    <fieldset class="field data-link">
      <legend>Data link</legend>
      {removed ? (
        <p>The data link to “{label}” goes when you save. <button type="button" onClick={() => onRemoved(false)}>Keep the data link</button></p>
      ) : (
        <p>
          {href ? <a href={href} rel="noopener noreferrer" target="_blank">{label}</a> : <span>{label}</span>}
          {dataLink.label ? <span class="hint"> · {dataLink.url}</span> : null}{' '}
          <button type="button" onClick={() => onRemoved(true)}>Remove data link</button>
        </p>
      )}
    </fieldset>
  );
}
