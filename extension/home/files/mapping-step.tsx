import { useEffect, useState } from 'preact/hooks';
import { ROLES, SURE, type ColumnMapping, type Role } from '../../../core/import/mapping/column-mapping.ts';
import type { ImportPreview } from '../../../core/import/import-preview.ts';
import type { RowTypes } from '../../../core/import/mapping/row-types.ts';
import { MappingPreview } from './mapping-preview.tsx';
import { ROLE_LABELS } from './role-labels.ts';

type MappedFile = ImportPreview['files'][number] & { mapping: ColumnMapping };
const ROW_TYPE_LABELS: Record<keyof RowTypes, string> = { objective: 'Values meaning an objective', keyResult: 'Values meaning a key result', initiative: 'Values meaning an initiative' };
const splitValues = (text: string) => text.split(',').map((v) => v.trim()).filter(Boolean);

/**
 * How each column of a foreign file is read: a role per column and which type values mean which
 * item, with the first rows as they would be read. Open by itself when the importer was unsure.
 */
export function MappingStep({ preview, busy, onApply }: { preview: ImportPreview; busy: boolean; onApply: (mappings: ColumnMapping[]) => void }) {
  const files = preview.files.filter((f): f is MappedFile => f.mapping !== undefined);
  const [edited, setEdited] = useState(() => files.map((f) => f.mapping));
  useEffect(() => setEdited(files.map((f) => f.mapping)), [preview]);
  if (files.length === 0) return null;
  const change = (i: number, next: ColumnMapping) => setEdited((all) => all.map((m, j) => (j === i ? next : m)));
  return (
    <form class="import-preview mapping-step" aria-label="Columns" onSubmit={(e) => { e.preventDefault(); onApply(edited); }}>
      <h3>Columns</h3>
      {files.map((f, i) => {
        const m = edited[i] ?? f.mapping;
        return (
          <details open={f.needsMapping}>
            <summary>{f.file}: {f.needsMapping ? 'some columns need you' : 'how its columns were read'}</summary>
            <table aria-label={`Columns of ${f.file}`}>
              <thead><tr><th scope="col">Column</th><th scope="col">Read as</th><th scope="col">Why</th></tr></thead>
              <tbody>
                {m.columns.map((c, k) => {
                  const id = `role-${i}-${c.index}`;
                  const unsure = f.mapping.columns[k]!.confidence < SURE && c.role === f.mapping.columns[k]!.role;
                  return (
                    <tr class={unsure ? 'unsure' : undefined}>
                      <th scope="row"><label for={id}>{c.header || `Column ${c.index + 1}`}</label></th>
                      <td>
                        <select id={id} disabled={busy} value={c.role}
                          onChange={(e) => change(i, { ...m, columns: m.columns.map((x, n) => (n === k ? { ...x, role: e.currentTarget.value as Role, confidence: 1 } : x)) })}>
                          {ROLES.map((r) => <option value={r}>{ROLE_LABELS[r]}</option>)}
                        </select>
                      </td>
                      <td class="meta">{unsure ? `Not sure: ${c.why}${c.guess ? ` (perhaps ${ROLE_LABELS[c.guess]})` : ''}` : c.why}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <fieldset>
              <legend>Type values (separate with commas)</legend>
              {(Object.keys(ROW_TYPE_LABELS) as (keyof RowTypes)[]).map((t) => (
                <p>
                  <label for={`row-type-${i}-${t}`}>{ROW_TYPE_LABELS[t]}</label>{' '}
                  <input id={`row-type-${i}-${t}`} disabled={busy} value={m.rowTypes[t].join(', ')}
                    onInput={(e) => change(i, { ...m, rowTypes: { ...m.rowTypes, [t]: splitValues(e.currentTarget.value) } })} />
                </p>
              ))}
            </fieldset>
            <MappingPreview file={f.file} mapping={m} sample={f.sample ?? []} />
          </details>
        );
      })}
      <button type="submit" disabled={busy}>Read the files with these columns</button>
    </form>
  );
}
