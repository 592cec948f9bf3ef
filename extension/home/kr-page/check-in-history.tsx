import type { CheckIn, KeyResult } from '../../../core/model/records.ts';
import { krValueText } from '../../../core/report/value-text.ts';
import { isHttpUrl } from '../../../core/model/check-spec.ts';
import { formatInZone } from '../../../core/report/format-time.ts';
import { STATUS_LABELS } from '../../../core/report/labels.ts';

const SOURCE_LABELS = { manual: 'typed', 'page-capture': 'captured from a page', jira: 'Jira', github: 'GitHub', salesforce: 'Salesforce', import: 'imported' } as const satisfies Record<CheckIn['source'], string>;

/** Every check-in of a key result, newest first, with who made it (and for whom) and its evidence. */
export function CheckInHistory({ checkIns, people, timeZone, keyResult }: { checkIns: readonly CheckIn[]; people: Map<string, string>; timeZone: string; keyResult: Pick<KeyResult, 'kind' | 'unit'> }) {
  const name = (id: string) => people.get(id) ?? id;
  const newest = [...checkIns].sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || b.id.localeCompare(a.id));
  if (newest.length === 0) return <p>No check-ins yet.</p>;
  return (
    <table class="history">
      <caption>Check-ins, newest first (times in {timeZone})</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Value</th><th scope="col">Status</th><th scope="col">Confidence</th><th scope="col">Note</th><th scope="col">By</th><th scope="col">Evidence</th></tr></thead>
      <tbody>
        {newest.map((c) => (
          <tr>
            <td><time dateTime={c.time}>{formatInZone(c.time, timeZone)}</time></td>
            <td>{krValueText(keyResult, c.value)}</td>
            <td class={`status status-${c.status}`}>{STATUS_LABELS[c.status]}</td>
            <td>{c.confidence === undefined ? '—' : `${c.confidence}/10`}</td>
            <td class="note">{c.note ?? ''}</td>
            <td>{name(c.authorId)}{c.onBehalfOfId ? <span class="meta"> on behalf of {name(c.onBehalfOfId)}</span> : null}</td>
            <td>
              {c.sourceUrl && isHttpUrl(c.sourceUrl) ? <a href={c.sourceUrl} rel="noopener noreferrer" target="_blank">{SOURCE_LABELS[c.source]}</a> : c.source === 'manual' ? '' : SOURCE_LABELS[c.source]}
              {c.evidence ? <q class="evidence">{c.evidence}</q> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
