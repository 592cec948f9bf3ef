import { useState } from 'preact/hooks';
import { loadDemo } from '../load-demo.ts';
import { routeHref } from '../route.ts';
import { StartEmptyForm } from './start-empty-form.tsx';

/** What a browser without a workspace offers: bring your OKRs in, start empty, or look around the demo company. */
export function FirstRun() {
  const [starting, setStarting] = useState(false);
  const [demoError, setDemoError] = useState<string>();
  return (
    <main class="empty first-run">
      <h1>OKR Lens</h1>
      <p>No OKRs in this browser yet. Everything stays in this browser until you export it.</p>
      <ul class="choices">
        <li>
          <h2>Bring your OKRs</h2>
          <p>A spreadsheet (CSV from Google Sheets, Viva Goals, Jira…) or a teammate's <code>.okr.json</code> bundle.</p>
          <a class="button" href={routeHref('files')}>Import a spreadsheet or bundle</a>
        </li>
        <li>
          <h2>Start empty</h2>
          <p>Name your workspace and yourself; the current quarter is ready for your first objective.</p>
          {starting ? <StartEmptyForm onCancel={() => setStarting(false)} /> : <button type="button" onClick={() => setStarting(true)}>Start empty</button>}
        </li>
        <li>
          <h2>Look around</h2>
          <p>Acme Analytics, a made-up company with a year of OKRs and check-ins.</p>
          <button type="button" onClick={async () => setDemoError(await loadDemo())}>Load demo data</button>
          {demoError ? <p role="alert">{demoError}</p> : null}
        </li>
      </ul>
    </main>
  );
}
