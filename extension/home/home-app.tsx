import { useEffect, useState } from 'preact/hooks';
import { BackupsPanel } from './files/backups-panel.tsx';
import { ImportPanel } from './files/import-panel.tsx';
import { FirstRun } from './first-run/first-run.tsx';
import { WhoAreYou } from './first-run/who-are-you.tsx';
import { followChanges, loadState, me, summary, workspace } from './home-state.ts';
import { followRoute, route, routeHref, VIEWS } from './route.ts';
import { VIEW_TABLE } from './views.tsx';

/** The full-tab home page: the workspace from the background, one view at a time by the URL's hash. */
export function HomeApp() {
  useEffect(() => followChanges(), []);
  useEffect(() => followRoute(), []);
  const [skippedWho, setSkippedWho] = useState(false);

  const state = loadState.value;
  if (state.phase === 'loading') return <p role="status">Opening your OKRs…</p>;
  if (state.phase === 'failed') return <p role="alert">{state.message}</p>;
  const ws = workspace.value;
  const current = route.value;
  if (!ws && current.view === 'files') {
    // First run's "Import": the import creates the workspace; a backup from before can be restored too.
    return (
      <main class="files-view">
        <h1>Import into OKR Lens</h1>
        <p><a href={routeHref('okrs')}>Back to the first-run choices</a></p>
        <ImportPanel ws={undefined} />
        <BackupsPanel />
      </main>
    );
  }
  if (!ws) return <FirstRun />;
  const entry = VIEW_TABLE[current.view] ?? VIEW_TABLE.okrs;
  const lastExportAt = summary.value?.lastExportAt;
  // Also after an import that does not name the person this browser remembered.
  const known = me.value !== undefined && ws.people.some((p) => p.id === me.value);
  const asking = !known && !skippedWho;
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
      <main>{asking ? <WhoAreYou people={ws.people} onSkip={() => setSkippedWho(true)} /> : entry ? <entry.component ws={ws} route={current} me={me.value} /> : null}</main>
    </>
  );
}
