import { bundleText, toBundle, type Bundle } from '../../core/bundle/bundle-format.ts';
import { readBundle } from '../../core/bundle/read-bundle.ts';
import { withoutPrivate } from '../../core/bundle/without-private.ts';
import { newlyAssigned } from '../../core/merge/newly-assigned.ts';
import { mergeWorkspaces, type MergeInput } from '../../core/merge/merge-workspaces.ts';
import { validateWorkspace } from '../../core/model/validate.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { backupNow } from './backup-now.ts';
import type { Handlers } from './context.ts';
import { bundleFileName, countsOf } from './counts.ts';
import { invalid, notFound, requireText, RouterError } from './router-error.ts';

function readOrRefuse(text: unknown, fileName: unknown): Bundle {
  const read = readBundle(requireText(text, 'text'), requireText(fileName, 'fileName'));
  if (read.ok) return read.bundle;
  const more = read.errors.length > 1 ? ` (and ${read.errors.length - 1} more)` : '';
  throw new RouterError('invalid', `${read.errors[0]}${more}; nothing was changed`, read.errors);
}

// The store keeps a workspace; the file's own header (format, exportedBy…) is not part of it.
const workspaceOf = ({ workspace, people, teams, periods, objectives, keyResults, initiatives, checkIns, kpis, tombstones }: Bundle): Workspace =>
  ({ workspace, people, teams, periods, objectives, keyResults, initiatives, checkIns, kpis, tombstones });

export const bundleHandlers = {
  /** Replaces the workspace with the file's, all or nothing, after a backup of what was there. */
  'bundle.import': async ({ text, fileName }, ctx) => {
    const ws = workspaceOf(readOrRefuse(text, fileName));
    const store = await ctx.store();
    const backup = await backupNow(ctx, 'before import');
    await store.replace(ws, { durability: 'strict' });
    return { value: { counts: countsOf(ws), backupId: backup?.id }, changed: { scope: 'workspace', ids: [] } };
  },
  /** Private OKRs are left out unless `includePrivate` (a file travels further than its maker thinks). */
  'bundle.export': async ({ exportedBy, includePrivate }, ctx) => {
    const store = await ctx.store();
    const ws = await store.load();
    if (!ws) throw notFound('there is nothing to export yet');
    const exportedAt = ctx.now().toISOString();
    const text = bundleText(toBundle(includePrivate === true ? ws : withoutPrivate(ws), exportedAt, exportedBy ?? 'OKR Lens'));
    await store.setLastExportAt(exportedAt);
    return { value: { fileName: bundleFileName(ws.workspace.name, exportedAt), text, exportedAt }, changed: { scope: 'last-export', ids: [] } };
  },
  /** Merges a teammate's bundle into this browser's workspace (core/merge) and lists the conflicts it resolved. */
  'bundle.merge': async ({ text, fileName }, ctx) => {
    const incoming = readOrRefuse(text, fileName);
    const store = await ctx.store();
    const local = await store.load();
    const inputs: MergeInput[] = [{ source: fileName, ws: workspaceOf(incoming), exportedAt: incoming.exportedAt }];
    if (local) inputs.unshift({ source: 'this browser', ws: local });
    const { ws, report } = mergeWorkspaces(inputs, ctx.now());
    // Saving a workspace that no longer reads back would break the next export and import.
    const issues = validateWorkspace(ws);
    if (issues.length > 0) throw invalid(issues);
    const backup = await backupNow(ctx, 'before merge', { ws: local });
    await store.replace(ws, { durability: 'strict', shapesChecked: true });
    const assignedToMe = newlyAssigned(local, ws, await store.me()).map(({ id, title }) => ({ id, title }));
    return { value: { report, assignedToMe, counts: countsOf(ws), backupId: backup?.id }, changed: { scope: 'workspace', ids: [] } };
  },
} satisfies Pick<Handlers, 'bundle.import' | 'bundle.export' | 'bundle.merge'>;
