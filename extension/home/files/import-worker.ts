// The import worker: decoding, parsing (papaparse, synchronously: its own worker mode needs a
// `blob:` URL, which MV3's CSP forbids), detecting the layout and planning all happen here, off the
// home page's main thread, so the page keeps painting the progress.
import type { PlanRequest, WorkerMessage } from './import-protocol.ts';
import { planFiles } from './plan-files.ts';

// papaparse, imported above, takes `onmessage` when it finds itself in a worker (its own worker
// mode); our messages are not for it.
self.onmessage = null;

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<PlanRequest>) => {
  try {
    const plan = planFiles(event.data, (message) => post({ type: 'progress', message }));
    if (plan.kind === 'csv') for (const text of plan.chunks) post({ type: 'chunk', text });
    post({ type: 'ready', plan: plan.kind === 'csv' ? { ...plan, chunks: [] } : plan });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
