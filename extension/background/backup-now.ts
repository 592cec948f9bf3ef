import type { Workspace } from '../../core/model/workspace.ts';
import type { BackupInfo, BackupReason } from '../messages/backup-info.ts';
import type { Context } from './context.ts';

/**
 * A snapshot of the whole workspace before something replaces or removes a lot of it; none when
 * there is nothing yet. `loaded`: the workspace the caller has just read in this same request, so
 * a large one is not read from the store twice.
 */
export async function backupNow(ctx: Context, reason: BackupReason, loaded?: { ws: Workspace | undefined }): Promise<BackupInfo | undefined> {
  const ws = loaded ? loaded.ws : await (await ctx.store()).load();
  return ws ? ctx.backups.save(ws, reason, ctx.now()) : undefined;
}
