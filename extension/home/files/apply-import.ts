import type { PlanReady } from './import-protocol.ts';
import { send } from '../../messages/client.ts';

export type Applied = { ok: true; backupId: string | undefined } | { ok: false; message: string };

/**
 * Writes a plan through the background: a bundle replaces the workspace; a CSV plan goes part by
 * part and is written, all at once, when the last part lands. `onProgress` gets 0–1.
 */
export async function applyImport(plan: PlanReady, onProgress: (fraction: number) => void): Promise<Applied> {
  if (plan.kind === 'bundle') {
    onProgress(0.1);
    const r = await send({ type: 'bundle.import', text: plan.text, fileName: plan.fileName });
    onProgress(1);
    return r.ok ? { ok: true, backupId: r.value.backupId } : { ok: false, message: r.error.message };
  }
  const importId = crypto.randomUUID();
  const parts = plan.chunks.length;
  // The last part is written in one transaction: count it as one more step than the parts sent.
  for (const [part, chunk] of plan.chunks.entries()) {
    onProgress(part / (parts + 1));
    const r = await send({ type: 'records.import', importId, part, parts, chunk, base: plan.base });
    if (!r.ok) return { ok: false, message: r.error.message };
    if (r.value.done) {
      onProgress(1);
      return { ok: true, backupId: r.value.backupId };
    }
  }
  return { ok: false, message: 'import: the background did not write the last part; nothing was changed' };
}
