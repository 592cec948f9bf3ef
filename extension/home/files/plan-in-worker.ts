import type { PlanReady, PlanRequest, WorkerMessage } from './import-protocol.ts';
// Vite's `?worker` import bundles the worker as a file of the extension's own (MV3 allows no
// `blob:` workers). WXT rewrites `import.meta.url`, which breaks the `new URL(…, import.meta.url)`
// form (wxt-dev/wxt#2032), so that form is not used here.
import ImportWorker from './import-worker.ts?worker';

/** Plans files in a worker built from the extension's own files; resolves with the plan or rejects with the reason. */
export function planInWorker(request: PlanRequest, onProgress: (message: string) => void): Promise<PlanReady> {
  const worker: Worker = new ImportWorker({ name: 'okr-lens-import' });
  const chunks: string[] = [];
  return new Promise<PlanReady>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') return onProgress(m.message);
      if (m.type === 'chunk') return void chunks.push(m.text);
      worker.terminate();
      if (m.type === 'ready') resolve(m.plan.kind === 'csv' ? { ...m.plan, chunks } : m.plan);
      else reject(new Error(m.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`the import worker stopped (${event.message || 'no reason given'})`));
    });
    // The file bytes move to the worker instead of being copied.
    worker.postMessage(request, request.files.map((f) => f.bytes));
  });
}
