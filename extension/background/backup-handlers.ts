import { bundleText, toBundle } from '../../core/bundle/bundle-format.ts';
import { backupNow } from './backup-now.ts';
import type { Context, Handlers } from './context.ts';
import { bundleFileName, countsOf } from './counts.ts';
import { notFound, requireText } from './router-error.ts';

async function snapshot(ctx: Context, id: unknown) {
  const key = requireText(id, 'id');
  const [info, ws] = await Promise.all([ctx.backups.info(key), ctx.backups.workspace(key)]);
  if (!info || !ws) throw notFound(`no backup has id ${JSON.stringify(key)}; it may be older than the last 10`);
  return { info, ws };
}

export const backupHandlers = {
  'backup.list': async (_request, ctx) => ({ value: await ctx.backups.list() }),
  'backup.create': async (_request, ctx) => {
    const info = await backupNow(ctx, 'manual');
    if (!info) throw notFound('there is nothing to back up yet');
    return { value: info, changed: { scope: 'backups', ids: [info.id] } };
  },
  /** Puts a snapshot back, after taking one of the present state, so a restore can be undone too. */
  'backup.restore': async ({ id }, ctx) => {
    const { info, ws } = await snapshot(ctx, id);
    const before = await backupNow(ctx, 'before restore');
    await (await ctx.store()).replace(ws, { durability: 'strict' });
    return { value: { restored: info, counts: countsOf(ws), backupId: before?.id }, changed: { scope: 'workspace', ids: [] } };
  },
  'backup.export': async ({ id }, ctx) => {
    const { info, ws } = await snapshot(ctx, id);
    const exportedAt = ctx.now().toISOString();
    return { value: { fileName: bundleFileName(info.workspaceName, info.createdAt, 'backup'), text: bundleText(toBundle(ws, exportedAt, `OKR Lens backup ${info.createdAt}`)), exportedAt } };
  },
} satisfies Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore' | 'backup.export'>;
