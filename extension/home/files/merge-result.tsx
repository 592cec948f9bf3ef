import type { MergeReport } from '../../../core/merge/merge-workspaces.ts';
import type { AssignedKeyResult } from '../../messages/api.ts';
import { routeHref } from '../route.ts';

const show = (value: unknown) => (value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value));

/** The conflicts a merge resolved (which value won and from where), clocks running ahead, and what is now mine. */
export function MergeResult({ file, report, assigned }: { file: string; report: MergeReport; assigned: AssignedKeyResult[] }) {
  return (
    <div role="status" class="merge-result">
      <p>Merged {file}: {report.conflicts.length === 0 ? 'no conflicting edits.' : `${report.conflicts.length} conflicting ${report.conflicts.length === 1 ? 'edit' : 'edits'} resolved.`}{report.deleted > 0 ? ` ${report.deleted} deleted.` : ''}</p>
      {report.conflicts.length > 0 ? (
        <table>
          <caption>Conflicts resolved</caption>
          <thead><tr><th scope="col">Record</th><th scope="col">Field</th><th scope="col">Kept</th><th scope="col">Replaced</th></tr></thead>
          <tbody>
            {report.conflicts.map((c) => (
              <tr>
                <td>{c.recordType} {c.id}</td><td>{c.field}</td>
                <td>{show(c.winner.value)} (from {c.winner.source})</td>
                <td>{c.others.map((o) => `${show(o.value)} (from ${o.source})`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.clockAhead.map((a) => <p>Warning: the clock of {a.source} runs ahead ({a.latest}); its edits may win over later ones.</p>)}
      {assigned.length > 0 ? (
        <>
          <h3>Assigned to you</h3>
          <p>You are now the check-in owner of:</p>
          <ul>{assigned.map((k) => <li><a href={routeHref('kr', k.id)}>{k.title}</a></li>)}</ul>
        </>
      ) : null}
    </div>
  );
}
