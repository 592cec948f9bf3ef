import type { Workspace } from '../../../core/model/workspace.ts';
import type { FieldErrors } from './field-errors.ts';
import { Field } from './form-parts.tsx';
import { parentOptions } from './options.ts';

/** What an objective aligns to: one parent, or several when the workspace allows it. */
export function ParentsField({ id, ws, selfId, errors, value, onChange }: { id: string; ws: Workspace; selfId: string | undefined; errors: FieldErrors; value: readonly string[]; onChange: (ids: string[]) => void }) {
  const several = ws.workspace.settings.multipleParents;
  const options = parentOptions(ws, selfId);
  return (
    <Field id={id} label={several ? 'Aligned to (parents)' : 'Aligned to (parent)'} field="parentIds" errors={errors}>
      {(d) => several ? (
        <select id={id} multiple size={Math.min(6, options.length + 1)} aria-describedby={d} onChange={(e) => onChange([...e.currentTarget.selectedOptions].map((o) => o.value))}>
          {options.map((o) => <option value={o.id} selected={value.includes(o.id)}>{o.name}</option>)}
        </select>
      ) : (
        <select id={id} aria-describedby={d} value={value[0] ?? ''} onChange={(e) => onChange(e.currentTarget.value ? [e.currentTarget.value] : [])}>
          <option value="">— none —</option>
          {options.map((o) => <option value={o.id}>{o.name}</option>)}
        </select>
      )}
    </Field>
  );
}
