import type { Problem } from '../../../core/import/problems.ts';

/** Every problem of an import, each with its file, row and column, errors first. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <table class="problems">
      <caption>Problems ({problems.length})</caption>
      <thead><tr><th scope="col">File</th><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead>
      <tbody>
        {sorted.map((p) => (
          <tr class={`problem-${p.severity}`}>
            <td>{p.file}</td><td>{p.row ?? ''}</td><td>{p.column ?? ''}</td>
            <td>{p.severity === 'warning' ? 'Warning: ' : 'Error: '}{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
