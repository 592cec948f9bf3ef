import type { Workspace } from '../../../core/model/workspace.ts';
import type { FieldErrors } from './field-errors.ts';
import { Field } from './form-parts.tsx';

const nameOf = (ws: Workspace, id: string | undefined) => ws.people.find((p) => p.id === id)?.name ?? id ?? 'nobody';

/** Who is reminded to check in: one of the owners, the first by default. */
export function CheckInOwnerField({ id, ws, errors, ownerIds, value, firstOwner, onChange }: { id: string; ws: Workspace; errors: FieldErrors; ownerIds: readonly string[]; value: string; firstOwner: string | undefined; onChange: (id: string) => void }) {
  const choices = value && !ownerIds.includes(value) ? [...ownerIds, value] : ownerIds;
  return (
    <Field id={id} label="Check-in owner" field="checkInOwnerId" errors={errors}>
      {(d) => (
        <select id={id} aria-describedby={d} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">First owner ({nameOf(ws, firstOwner)})</option>
          {choices.map((p) => <option value={p}>{nameOf(ws, p)}</option>)}
        </select>
      )}
    </Field>
  );
}

/** Tags as comma-separated text, with the workspace's agreed tags offered one click (or keypress) away. */
export function TagsField({ id, ws, errors, value, onChange }: { id: string; ws: Workspace; errors: FieldErrors; value: string; onChange: (text: string) => void }) {
  const offered = (ws.workspace.settings.tags ?? []).filter((t) => !value.split(',').map((x) => x.trim()).includes(t));
  return (
    <Field id={id} label="Tags (comma-separated)" field="tags" errors={errors}>
      {(d) => (
        <>
          <input id={id} aria-describedby={d} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
          {offered.length > 0 ? (
            <p class="offered">Workspace tags: {offered.map((t) => <button type="button" class="chip" aria-label={`Add tag ${t}`} onClick={() => onChange(value.trim() ? `${value.replace(/,\s*$/, '')}, ${t}` : t)}>{t}</button>)}</p>
          ) : null}
        </>
      )}
    </Field>
  );
}
