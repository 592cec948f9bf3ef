import { describe, expect, it } from 'vitest';
import { importFiles } from '../../core/import/import-files.ts';
import { workspaceFingerprint } from '../../core/import/workspace-fingerprint.ts';
import { chunkBatch } from '../../core/store/chunk-batch.ts';
import type { RecordBatch } from '../../core/store/record-batch.ts';
import { PINNED_NOW } from '../../test/setup/unit.ts';
import { planFiles } from '../home/files/plan-files.ts';
import { errorOf, loadedBackground, testBackground, valueOf } from './test-kit.ts';

const CSV = 'Objective,Key Result,Owner,Quarter,Start,Target\nGrow revenue,Reach 10 customers,ada,Q4 2026,0,10\nGrow revenue,Ship v2,ada,Q4 2026,0,1\nHire well,Hire 3 engineers,grace,Q4 2026,0,3\n';

async function planned() {
  const bg = await loadedBackground();
  const ws = valueOf(await bg.call({ type: 'workspace.get' }))!;
  const plan = importFiles([{ name: 'okrs.csv', text: CSV }], ws, { now: PINNED_NOW.toISOString() });
  expect(plan.ok).toBe(true);
  const send = (parts: RecordBatch[], base = workspaceFingerprint(ws), importId = 'imp-1') =>
    Promise.all(parts.map((p, part) => bg.call({ type: 'records.import', importId, part, parts: parts.length, chunk: JSON.stringify(p), base })));
  return { bg, plan, send };
}

describe('records.import', () => {
  it('writes a plan sent in parts once the last part lands, after a backup, and broadcasts once', async () => {
    const { bg, plan, send } = await planned();
    const answers = await send(chunkBatch(plan.batch, 2));
    const last = valueOf(answers.at(-1)!);
    expect(answers.slice(0, -1).map((a) => valueOf(a).done)).toEqual(answers.slice(0, -1).map(() => false));
    expect(last).toMatchObject({ done: true, written: { objectives: 2, keyResults: 3 } });
    const ws = valueOf(await bg.call({ type: 'workspace.get' }))!;
    expect(ws.objectives.map((o) => o.title)).toEqual(expect.arrayContaining(['Grow revenue', 'Hire well']));
    expect(ws.keyResults).toHaveLength(6);
    expect(valueOf(await bg.call({ type: 'backup.list' }))).toMatchObject([{ reason: 'before import', counts: { keyResults: 3 } }]);
    expect(bg.events).toMatchObject([{ cause: 'records.import', scope: 'workspace' }]);
  });

  it('refuses a plan made against a workspace that has changed since, and writes nothing', async () => {
    const { bg, plan, send } = await planned();
    valueOf(await bg.call({ type: 'objective.update', id: 'o1', changes: { title: 'Edited in another tab' } }));
    bg.events.length = 0;
    const [answer] = await send([plan.batch]);
    expect(errorOf(answer!).message).toMatch(/^import: the workspace changed since the preview/);
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).counts.keyResults).toBe(3);
    expect(bg.events).toEqual([]);
  });

  it('writes nothing when one record in any part is malformed, and names it', async () => {
    const { bg, plan, send } = await planned();
    const bad = { ...plan.batch, keyResults: plan.batch.keyResults!.map((k, i) => (i === 2 ? { ...k, weight: -1 } : k)) };
    const answers = await send(chunkBatch(bad, 3));
    expect(errorOf(answers.at(-1)!).message).toMatch(/weight/);
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).counts).toMatchObject({ objectives: 2, keyResults: 3 });
    expect(valueOf(await bg.call({ type: 'backup.list' }))).toEqual([]);
  });

  it('checks each part it is given', async () => {
    const { bg } = await planned();
    const call = (fields: object) => bg.call({ type: 'records.import', importId: 'x', part: 0, parts: 1, chunk: '{}', base: 'b', ...fields });
    expect(errorOf(await call({ chunk: '[' })).message).toMatch(/^import: chunk: part 0 is not a batch of records/);
    expect(errorOf(await call({ chunk: '[]' })).message).toMatch(/not a batch/);
    expect(errorOf(await call({ part: 1 })).message).toMatch(/^import: part: expected a whole number from 0 to 0/);
    expect(errorOf(await call({ parts: 0 })).message).toMatch(/^import: parts:/);
    expect(errorOf(await call({ base: '' })).message).toMatch(/^import: base:/);
    valueOf(await call({ importId: 'y', parts: 3 }));
    expect(errorOf(await call({ importId: 'y', part: 1, parts: 2 })).message).toBe('import: parts: this import was announced in 3 parts, not 2; nothing was changed');
  });

  it('creates the workspace in a browser that has none, from a plan made against nothing', async () => {
    const bg = testBackground();
    const plan = planFiles({ files: [{ name: 'team-okrs.csv', bytes: new TextEncoder().encode(CSV).buffer as ArrayBuffer }], base: undefined, now: PINNED_NOW.toISOString(), chunkSize: 3 });
    if (plan.kind !== 'csv') throw new Error('expected a CSV plan');
    const answers = await Promise.all(plan.chunks.map((chunk, part) => bg.call({ type: 'records.import', importId: 'first', part, parts: plan.chunks.length, chunk, base: plan.base })));
    expect(valueOf(answers.at(-1)!)).toMatchObject({ done: true, backupId: undefined });
    const ws = valueOf(await bg.call({ type: 'workspace.get' }))!;
    expect([ws.workspace.name, ws.objectives.length, ws.keyResults.length]).toEqual(['team-okrs', 2, 3]);
    const without = { ...JSON.parse(plan.chunks[0]!), workspace: undefined };
    const other = testBackground();
    expect(errorOf(await other.call({ type: 'records.import', importId: 'x', part: 0, parts: 1, chunk: JSON.stringify(without), base: 'empty' })).message).toMatch(/must name its workspace/);
  });
});
