import type { PlanReady } from './import-protocol.ts';
import { send } from '../../messages/client.ts';
import { sendParts } from './send-parts.ts';

export type Applied = { ok: true; backupId: string | undefined } | { ok: false; message: string };

/**
 * Writes a plan through the background: a bundle replaces the workspace; a CSV plan goes part by
 * part (two in flight) and is written, all at once, when the last part lands. `onProgress` gets 0–1.
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
  onProgress(0);
  const outcome = await sendParts(parts, async (part) => {
    const r = await send({ type: 'records.import', importId, part, parts, chunk: plan.chunks[part]!, base: plan.base });
    if (!r.ok) return { ok: false, message: r.error.message };
    return r.value.done ? { ok: true, done: true, backupId: r.value.backupId } : { ok: true, done: false };
  }, (answered) => onProgress(answered / (parts + 1)));
  if (outcome?.ok === false) return { ok: false, message: outcome.message };
  if (outcome?.done) {
    onProgress(1);
    return { ok: true, backupId: outcome.backupId };
  }
  return { ok: false, message: 'import: the background did not write the last part; nothing was changed' };
}
