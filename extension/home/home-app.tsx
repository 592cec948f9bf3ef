import { useEffect, useState } from 'preact/hooks';
import { BackupsPanel } from './files/backups-panel.tsx';
import { ImportPanel } from './files/import-panel.tsx';
import { FirstRun } from './first-run/first-run.tsx';
import { WhoAreYou } from './first-run/who-are-you.tsx';
import { firstScreen, followChanges, loadState, me, summary, workspace } from './home-state.ts';
import { HomeHeader } from './home-header.tsx';
import { FirstScreenView } from './views/first-screen-view.tsx';
import { followRoute, route, routeHref } from './route.ts';
import { VIEW_TABLE } from './views.tsx';

/** The full-tab home page: the workspace from the background, one view at a time by the URL's hash. */
export function HomeApp() {
  useEffect(() => followChanges(), []);
  useEffect(() => followRoute(), []);
  const [skippedWho, setSkippedWho] = useState(false);

  const state = loadState.value;
  const first = firstScreen.value;
  if (state.phase === 'loading' && first && route.value.view === 'okrs' && first.screen.people.some((p) => p.id === me.value)) {
    return (
      <>
        <HomeHeader name={first.screen.workspace.name} current={VIEW_TABLE.okrs} lastExportAt={first.lastExportAt} />
        <main><FirstScreenView screen={first.screen} current={route.value.query.toString() === first.query} route={route.value} /></main>
      </>
    );
  }
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
  // Also after an import that does not name the person this browser remembered.
  const known = me.value !== undefined && ws.people.some((p) => p.id === me.value);
  const asking = !known && !skippedWho;
  return (
    <>
      <HomeHeader name={ws.workspace.name} current={entry} lastExportAt={summary.value?.lastExportAt} />
      <main>{asking ? <WhoAreYou people={ws.people} onSkip={() => setSkippedWho(true)} /> : entry ? <entry.component ws={ws} route={current} me={me.value} /> : null}</main>
    </>
  );
}
