import { useEffect, useState } from 'preact/hooks';
import { followChanges, loadState, me, summary, workspace } from './home-state.ts';
import { loadDemo } from './load-demo.ts';
import { followRoute, route, routeHref, VIEWS } from './route.ts';
import { VIEW_TABLE } from './views.tsx';

/** The full-tab home page: the workspace from the background, one view at a time by the URL's hash. */
export function HomeApp() {
  useEffect(() => followChanges(), []);
  useEffect(() => followRoute(), []);
  const [demoError, setDemoError] = useState<string>();

  const state = loadState.value;
  if (state.phase === 'loading') return <p role="status">Opening your OKRs…</p>;
  if (state.phase === 'failed') return <p role="alert">{state.message}</p>;
  const ws = workspace.value;
  if (!ws) {
    return (
      <main class="empty">
        <h1>OKR Lens</h1>
        <p>No OKRs in this browser yet. Load the demo company to look around.</p>
        <button type="button" onClick={async () => setDemoError(await loadDemo())}>Load demo data</button>
        {demoError ? <p role="alert">{demoError}</p> : null}
      </main>
    );
  }
  const current = route.value;
  const entry = VIEW_TABLE[current.view] ?? VIEW_TABLE.okrs;
  const lastExportAt = summary.value?.lastExportAt;
  return (
    <>
      <header class="bar">
        <h1>{ws.workspace.name}</h1>
        <nav aria-label="Home">
          {VIEWS.flatMap((name) => {
            const v = VIEW_TABLE[name];
            return v?.inNav ? [<a href={routeHref(name)} aria-current={entry === v ? 'page' : undefined}>{v.title}</a>] : [];
          })}
        </nav>
        <p class="export-note">{lastExportAt ? `Last exported ${new Date(lastExportAt).toLocaleDateString()}` : 'Never exported: this browser holds the only copy.'}</p>
      </header>
      <main>{entry ? <entry.component ws={ws} route={current} me={me.value} /> : null}</main>
    </>
  );
}
