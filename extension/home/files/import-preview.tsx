import type { CollectionPreview, ImportPreview } from '../../../core/import/import-preview.ts';
import type { CollectionName } from '../../../core/model/workspace.ts';
import { ProblemList } from './problem-list.tsx';

const LABELS: Record<CollectionName, string> = {
  objectives: 'Objectives', keyResults: 'Key results', initiatives: 'Initiatives', checkIns: 'Check-ins', people: 'People', teams: 'Teams', periods: 'Periods', kpis: 'KPIs',
};
const ORDER = Object.keys(LABELS) as CollectionName[];

function Names({ title, names, total }: { title: string; names: string[]; total: number }) {
  if (names.length === 0) return null;
  return (
    <details>
      <summary>{title}</summary>
      <ul>
        {names.map((n) => <li>{n}</li>)}
        {total > names.length ? <li class="meta">and {total - names.length} more</li> : null}
      </ul>
    </details>
  );
}

const touched = (c: CollectionPreview) => c.created + c.updated + c.removed > 0;

/** What an import would create, update and remove per collection, and every problem found. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const rows = ORDER.filter((c) => touched(preview.collections[c]) || preview.collections[c].unchanged > 0);
  const errors = preview.problems.filter((p) => p.severity === 'error').length;
  return (
    <section aria-label="Import preview" class="import-preview">
      <h3>Preview</h3>
      <ul class="meta">
        {preview.files.map((f) => <li>{f.file}: {f.rows} rows{f.description ? ` · ${f.description}` : ''}</li>)}
      </ul>
      {errors > 0 ? (
        <p role="alert">{errors} {errors === 1 ? 'problem stops' : 'problems stop'} this import. {preview.files.some((f) => f.needsMapping) ? 'Set the columns above and read the files again' : 'Fix the file and pick it again'}; nothing was changed.</p>
      ) : null}
      {rows.length > 0 ? (
        <table>
          <caption>{preview.kind === 'bundle' ? 'The bundle replaces this browser’s workspace' : 'What the import writes'}</caption>
          <thead><tr><th scope="col">Collection</th><th scope="col">Created</th><th scope="col">Updated</th><th scope="col">Unchanged</th>{preview.kind === 'bundle' ? <th scope="col">Removed</th> : null}</tr></thead>
          <tbody>
            {rows.map((c) => {
              const p = preview.collections[c];
              return (
                <tr>
                  <th scope="row">{LABELS[c]}</th><td>{p.created}</td><td>{p.updated}</td><td>{p.unchanged}</td>{preview.kind === 'bundle' ? <td>{p.removed}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {rows.flatMap((c) => [
        <Names title={`${LABELS[c]} created`} names={preview.collections[c].names.created} total={preview.collections[c].created} />,
        <Names title={`${LABELS[c]} updated`} names={preview.collections[c].names.updated} total={preview.collections[c].updated} />,
      ])}
      <ProblemList problems={preview.problems} />
    </section>
  );
}
