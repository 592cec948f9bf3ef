import type { LiveCountInput } from '../../../core/model/live-count-input.ts';
import type { LiveCount } from '../../../core/model/records.ts';
import type { FieldErrors } from './field-errors.ts';
import { Field } from './form-parts.tsx';
import { MEASURE_LABELS, SOURCE_LABELS } from './live-count-labels.ts';

const SOURCES = Object.keys(SOURCE_LABELS) as LiveCount['source'][];
const QUERY_HINTS = {
  'jira-jql': { label: 'JQL query', hint: 'As in Jira’s issue search: project = PROJ AND fixVersion = "2026 Q4"' },
  'github-milestone': { label: 'Milestone', hint: 'owner/repo/number, as in github.com/acme/app/milestone/4 (or paste the milestone’s address)' },
} as const;

// An empty option value reads back as the option's text in some DOMs: "none" is unambiguous.
const NONE = 'none';
const sourceOf = (value: string): LiveCountInput['source'] => SOURCES.find((s) => s === value) ?? '';

type Props = { id: (field: string) => string; value: LiveCountInput; errors: FieldErrors; onChange: (patch: Partial<LiveCountInput>) => void };

/**
 * A key result's live count: the overlay fetches it with the person's own session on any page of
 * that site and offers it as a check-in (issue 8). Checked by core/model/live-count-input.ts.
 */
export function LiveCountFields({ id, value: v, errors, onChange }: Props) {
  const source = v.source;
  return (
    <fieldset class="field live-count">
      <legend>Live count</legend>
      <div class="row">
        <Field id={id('live-source')} label="Counted from" field="liveCount.source" errors={errors}>
          {(d) => (
            <select id={id('live-source')} aria-describedby={d} value={source || NONE} onChange={(e) => onChange({ source: sourceOf(e.currentTarget.value) })}>
              <option value={NONE}>Nothing: check in by hand</option>
              {SOURCES.map((s) => <option value={s}>{SOURCE_LABELS[s]}</option>)}
            </select>
          )}
        </Field>
        {source === '' ? null : (
          <>
            <Field id={id('live-host')} label={source === 'jira-jql' ? 'Jira host' : 'GitHub host'} field="liveCount.host" errors={errors}>
              {(d) => <input id={id('live-host')} size={22} placeholder={source === 'jira-jql' ? 'acme.atlassian.net' : 'github.com'} aria-describedby={d} value={v.host} onInput={(e) => onChange({ host: e.currentTarget.value })} />}
            </Field>
            <Field id={id('live-measure')} label="Measure" field="liveCount.measure" errors={errors}>
              {(d) => (
                <select id={id('live-measure')} aria-describedby={d} value={v.measure} onChange={(e) => onChange({ measure: e.currentTarget.value === 'share-done' ? 'share-done' : 'count' })}>
                  {(['count', 'share-done'] as const).map((m) => <option value={m}>{MEASURE_LABELS[source][m]}</option>)}
                </select>
              )}
            </Field>
          </>
        )}
      </div>
      {source === '' ? null : (
        <Field id={id('live-query')} label={QUERY_HINTS[source].label} field="liveCount.query" errors={errors}>
          {(d) => (
            <>
              <input id={id('live-query')} spellcheck={false} aria-describedby={[d, id('live-query-hint')].filter(Boolean).join(' ')} value={v.query} onInput={(e) => onChange({ query: e.currentTarget.value })} />
              <p class="hint" id={id('live-query-hint')}>{QUERY_HINTS[source].hint}</p>
            </>
          )}
        </Field>
      )}
    </fieldset>
  );
}
