import { routeHref } from '../route.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Workspace } from '../../../core/model/workspace.ts';
import { applyImport } from './apply-import.ts';
import { FilePicker } from './file-picker.tsx';
import type { PlanReady } from './import-protocol.ts';
import { ImportPreviewView } from './import-preview.tsx';
import { planInWorker } from './plan-in-worker.ts';
import { TaskProgress } from './task-progress.tsx';
import type { ColumnMapping } from '../../../core/import/mapping/column-mapping.ts';
import { MappingStep } from './mapping-step.tsx';
import { rememberMappings, savedMappingsFor } from './saved-mappings.ts';

// 2,000 records a message: about 0.5 MB of JSON, far below Chrome's 64 MiB message limit, and
// small enough that sending one never holds the page's main thread for long.
const CHUNK_SIZE = 2_000;

type Phase =
  | { name: 'idle' }
  | { name: 'reading'; step: string }
  | { name: 'preview'; plan: PlanReady }
  | { name: 'importing'; plan: PlanReady; fraction: number }
  | { name: 'done'; message: string }
  | { name: 'failed'; message: string; plan?: PlanReady };

/** Pick CSV files or a bundle → a preview planned off the main thread → import all or nothing. */
/** `ws` is the workspace shown, or undefined in a browser with none yet (the import then creates one). */
export function ImportPanel({ ws }: { ws: Workspace | undefined }) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const picked = useRef<File[]>([]);
  // Column mappings the person set, or saved ones offered for the picked files' headers.
  const given = useRef<ColumnMapping[]>([]);
  const [offered, setOffered] = useState<string | undefined>(undefined);
  // A preview is a plan against the workspace shown; when another tab changes it, plan again
  // (the background would refuse the old plan anyway).
  useEffect(() => void (phase.name === 'preview' && pick(picked.current)), [ws]);

  async function pickNew(files: File[]) {
    given.current = [];
    setOffered(undefined);
    await pick(files, true);
  }

  async function pick(files: File[], offerSaved = false) {
    picked.current = files;
    setPhase({ name: 'reading', step: `reading ${files.map((f) => f.name).join(', ')}` });
    try {
      const bytes = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      const plan = await planInWorker({ files: bytes, base: ws, now: new Date().toISOString(), chunkSize: CHUNK_SIZE, mappings: given.current }, (step) => setPhase({ name: 'reading', step }));
      // A mapping saved for these columns last time is applied at once, and said so; the step still shows it.
      const saved = offerSaved && plan.kind === 'csv' ? await savedMappingsFor(plan.preview) : [];
      if (saved.length > 0) {
        given.current = saved.map((s) => s.mapping);
        setOffered(`Used the columns you set for ${saved.map((s) => s.mapping.file ?? 'this file').join(', ')} on ${saved.map((s) => s.savedAt.slice(0, 10)).join(', ')}; change them below if this file differs.`);
        return await pick(files);
      }
      setPhase({ name: 'preview', plan });
    } catch (e) {
      setPhase({ name: 'failed', message: `import: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  async function run(plan: PlanReady) {
    setPhase({ name: 'importing', plan, fraction: 0 });
    const applied = await applyImport(plan, (fraction) => setPhase({ name: 'importing', plan, fraction }));
    if (!applied.ok) return setPhase({ name: 'failed', message: applied.message, plan });
    await rememberMappings(given.current);
    const c = plan.preview.collections;
    const what = plan.kind === 'bundle'
      ? `Imported ${plan.fileName}: it replaced the workspace.`
      : `Imported: ${c.objectives.created} objectives and ${c.keyResults.created} key results created, ${c.objectives.updated + c.keyResults.updated} updated.`;
    setPhase({ name: 'done', message: `${what}${applied.backupId ? ' A backup of the workspace before the import was kept.' : ''}` });
    // The first run's import made the workspace: show its OKRs, not an empty import form.
    if (!ws) location.hash = routeHref('okrs');
  }

  const busy = phase.name === 'reading' || phase.name === 'importing';
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p class="meta">CSV files in any layout OKR Lens reads (with their check-in log), or an OKR Lens bundle (<code>.okr.json</code>), which replaces this browser’s workspace.</p>
      {busy ? null : <FilePicker id="import-files" label="Files to import" accept=".csv,.tsv,.txt,.json" multiple onFiles={(f) => void pickNew(f)} />}
      {phase.name === 'reading' ? <p role="status">Preparing the preview: {phase.step}…</p> : null}
      {offered && phase.name === 'preview' ? <p role="status">{offered}</p> : null}
      {phase.name === 'preview' && phase.plan.kind === 'csv' ? (
        <MappingStep preview={phase.plan.preview} busy={false} onApply={(mappings) => { given.current = mappings; setOffered(undefined); void pick(picked.current); }} />
      ) : null}
      {phase.name === 'preview' || phase.name === 'importing' || (phase.name === 'failed' && phase.plan) ? <ImportPreviewView preview={(phase as { plan: PlanReady }).plan.preview} /> : null}
      {phase.name === 'preview' ? (
        <div class="actions" onKeyDown={(e) => e.key === 'Escape' && setPhase({ name: 'idle' })}>
          <button type="button" disabled={!phase.plan.preview.ok} onClick={() => void run(phase.plan)}>Import</button>{' '}
          <button type="button" onClick={() => setPhase({ name: 'idle' })}>Cancel</button>
        </div>
      ) : null}
      {phase.name === 'importing' ? <TaskProgress label="Import progress" fraction={phase.fraction} /> : null}
      {phase.name === 'done' ? <p role="status">{phase.message}</p> : null}
      {phase.name === 'failed' ? <p role="alert">{phase.message}</p> : null}
    </section>
  );
}
