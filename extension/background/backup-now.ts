import type { BackupInfo, BackupReason } from '../messages/backup-info.ts';
import type { Context } from './context.ts';

/** A snapshot of the whole workspace before something replaces or removes a lot of it; none when there is nothing yet. */
export async function backupNow(ctx: Context, reason: BackupReason): Promise<BackupInfo | undefined> {
  const ws = await (await ctx.store()).load();
  return ws ? ctx.backups.save(ws, reason, ctx.now()) : undefined;
}
