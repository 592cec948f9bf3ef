import { useState } from 'preact/hooks';
import type { AssignedKeyResult } from '../../messages/api.ts';
import { send } from '../../messages/client.ts';
import type { MergeReport } from '../../../core/merge/merge-workspaces.ts';
import { FilePicker } from './file-picker.tsx';
import { MergeResult } from './merge-result.tsx';

type State = { name: 'idle' } | { name: 'merging'; file: string } | { name: 'done'; file: string; report: MergeReport; assigned: AssignedKeyResult[] } | { name: 'failed'; message: string };

/** Merges a teammate's bundle into this browser's workspace (a backup first) and shows what it resolved. */
export function MergePanel() {
  const [state, setState] = useState<State>({ name: 'idle' });
  async function merge(file: File) {
    setState({ name: 'merging', file: file.name });
    const r = await send({ type: 'bundle.merge', text: await file.text(), fileName: file.name });
    setState(r.ok ? { name: 'done', file: file.name, report: r.value.report, assigned: r.value.assignedToMe } : { name: 'failed', message: r.error.message });
  }
  return (
    <section aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a teammate’s bundle</h2>
      <p class="meta">Combines their <code>.okr.json</code> with yours: every check-in is kept, and where you both edited the same field, the later edit wins.</p>
      {state.name === 'merging' ? null : <FilePicker id="merge-file" label="Bundle to merge" accept=".json" onFiles={([f]) => f && void merge(f)} />}
      {state.name === 'merging' ? <p role="status">Merging {state.file}…</p> : null}
      {state.name === 'done' ? <MergeResult file={state.file} report={state.report} assigned={state.assigned} /> : null}
      {state.name === 'failed' ? <p role="alert">{state.message}</p> : null}
    </section>
  );
}
