import type { ColumnMapping } from '../../../core/import/mapping/column-mapping.ts';
import { previewRows } from '../../../core/import/mapping/preview-rows.ts';
import { ROLE_LABELS } from './role-labels.ts';

/** The first rows of a file as the mapping reads them, redrawn on every change of a role or row type. */
export function MappingPreview({ file, mapping, sample }: { file: string; mapping: ColumnMapping; sample: string[][] }) {
  const { fields, rows } = previewRows(mapping, sample);
  return (
    <table aria-label={`First rows of ${file} as mapped`}>
      <caption>First rows as read</caption>
      <thead><tr><th scope="col">Row</th><th scope="col">Item</th>{fields.map((f) => <th scope="col">{ROLE_LABELS[f]}</th>)}</tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr><th scope="row">{r.row}</th><td>{r.type}</td>{fields.map((f) => <td>{r.cells[f] ?? ''}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
