import { describe, expect, it } from 'vitest';
import { openStore } from '../../core/store/okr-store.ts';
import { PINNED_NOW } from '../../test/setup/unit.ts';
import { backupNow } from './backup-now.ts';
import { backupStore } from './backup-store.ts';
import type { Context } from './context.ts';
import { sampleWorkspace } from './test-kit.ts';

let n = 0;
async function context() {
  const store = await openStore({ name: `backup-now-${++n}` });
  const ctx = { store: async () => store, backups: backupStore(`backup-now-backups-${n}`), now: () => PINNED_NOW } as Partial<Context> as Context;
  return { store, ctx };
}

describe('backupNow', () => {
  it('snapshots what the store holds, and nothing before anything was saved', async () => {
    const { store, ctx } = await context();
    expect(await backupNow(ctx, 'manual')).toBeUndefined();
    await store.write(sampleWorkspace());
    const info = await backupNow(ctx, 'manual');
    expect(info?.counts.keyResults).toBe(3);
    expect((await ctx.backups.workspace(info!.id))?.objectives.map((o) => o.id)).toEqual(['o1', 'o2']);
  });

  it('snapshots the workspace the caller already read instead of reading it again', async () => {
    const { store, ctx } = await context();
    await store.write(sampleWorkspace());
    const read = { ...sampleWorkspace(), objectives: [] };
    const info = await backupNow(ctx, 'before merge', { ws: read });
    expect((await ctx.backups.workspace(info!.id))?.objectives).toEqual([]);
    expect(await backupNow(ctx, 'before merge', { ws: undefined })).toBeUndefined();
  });
});
