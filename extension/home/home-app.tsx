import { useEffect, useState } from 'preact/hooks';
import { workspaceCurrentPeriod } from '../../core/report/today.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { openStore } from '../../core/store/okr-store.ts';
import { loadDemoInto } from './load-demo.ts';
import { PeriodView } from './period-view.tsx';

type State = { phase: 'loading' } | { phase: 'ready'; ws: Workspace | undefined; lastExportAt: string | undefined } | { phase: 'failed'; message: string };

/** The full-tab home page: the workspace by period, from the extension's own database. */
export function HomeApp() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [periodId, setPeriodId] = useState<string>();

  const reload = async () => {
    try {
      const store = await openStore();
      const [ws, lastExportAt] = await Promise.all([store.load(), store.lastExportAt()]);
      store.close();
      setState({ phase: 'ready', ws, lastExportAt });
    } catch (e) {
      setState({ phase: 'failed', message: `home: could not open the local database (${e instanceof Error ? e.message : String(e)})` });
    }
  };
  useEffect(() => void reload(), []);

  if (state.phase === 'loading') return <p role="status">Opening your OKRs…</p>;
  if (state.phase === 'failed') return <p role="alert">{state.message}</p>;
  const { ws, lastExportAt } = state;
  if (!ws) {
    return (
      <main class="empty">
        <h1>OKR Lens</h1>
        <p>No OKRs in this browser yet. Load the demo company to look around; import from a spreadsheet arrives in the next release.</p>
        <button type="button" onClick={async () => { await loadDemoInto(); await reload(); }}>Load demo data</button>
      </main>
    );
  }
  const sorted = [...ws.periods].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  const selected = periodId ?? workspaceCurrentPeriod(ws, new Date())?.id ?? sorted.at(-1)?.id;
  return (
    <main>
      <header class="bar">
        <h1>{ws.workspace.name}</h1>
        <label>
          Period{' '}
          <select value={selected} onChange={(e) => setPeriodId(e.currentTarget.value)}>
            {sorted.map((p) => <option value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <p class="export-note">{lastExportAt ? `Last exported ${new Date(lastExportAt).toLocaleDateString()}` : 'Never exported: this browser holds the only copy.'}</p>
      </header>
      {selected ? <PeriodView ws={ws} periodId={selected} /> : <p>No periods yet.</p>}
    </main>
  );
}
