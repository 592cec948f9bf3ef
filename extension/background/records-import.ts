import { workspaceFingerprint } from '../../core/import/workspace-fingerprint.ts';
import { joinBatches } from '../../core/store/chunk-batch.ts';
import { batchIssues, StoreValidationError, type RecordBatch } from '../../core/store/record-batch.ts';
import type { ValidationIssue } from '../../core/model/validate.ts';
import type { Counts, ImportPart } from '../messages/api.ts';
import type { Context, Handlers } from './context.ts';
import { RouterError, requireText } from './router-error.ts';

// Parts received so far, per background: one import at a time (a new one drops an unfinished one).
// Each part's records are checked as it lands, while the page sends the next one, not all at the end.
const staging = new WeakMap<Context, { importId: string; count: number; parts: (RecordBatch | undefined)[]; issues: (ValidationIssue[] | undefined)[] }>();
const MAX_PARTS = 10_000;

function checkPart({ importId, part, parts, chunk, base }: ImportPart) {
  requireText(importId, 'importId');
  requireText(base, 'base');
  if (!Number.isInteger(parts) || parts < 1 || parts > MAX_PARTS) throw new RouterError('invalid', `parts: expected a whole number from 1 to ${MAX_PARTS}, got ${JSON.stringify(parts)}`);
  if (!Number.isInteger(part) || part < 0 || part >= parts) throw new RouterError('invalid', `part: expected a whole number from 0 to ${parts - 1}, got ${JSON.stringify(part)}`);
  try {
    const batch: unknown = JSON.parse(requireText(chunk, 'chunk'));
    if (typeof batch !== 'object' || batch === null || Array.isArray(batch)) throw new Error('not an object');
    return batch as RecordBatch;
  } catch (e) {
    throw new RouterError('invalid', `chunk: part ${part} is not a batch of records (${e instanceof Error ? e.message : String(e)}); nothing was changed`);
  }
}

const countsOfBatch = (b: RecordBatch): Counts => ({
  people: b.people?.length ?? 0, teams: b.teams?.length ?? 0, periods: b.periods?.length ?? 0, objectives: b.objectives?.length ?? 0,
  keyResults: b.keyResults?.length ?? 0, initiatives: b.initiatives?.length ?? 0, checkIns: b.checkIns?.length ?? 0, kpis: b.kpis?.length ?? 0,
});

/**
 * Writes a CSV import planned on the page (core/import in a worker) in one strict transaction,
 * after a backup. The plan travels as records, not files: re-planning 10,000 rows here would double
 * the import's time. What keeps it honest is `base`: if the workspace changed since the page
 * planned (another tab saved), the import is refused and the page plans again.
 */
export const recordsImport: Handlers['records.import'] = async (request, ctx) => {
  const batch = checkPart(request);
  let staged = staging.get(ctx);
  if (!staged || staged.importId !== request.importId) staging.set(ctx, (staged = { importId: request.importId, count: request.parts, parts: [], issues: [] }));
  if (staged.count !== request.parts) {
    staging.delete(ctx);
    throw new RouterError('invalid', `parts: this import was announced in ${staged.count} parts, not ${request.parts}; nothing was changed`);
  }
  staged.parts[request.part] = batch;
  staged.issues[request.part] = batchIssues(batch);
  const received = staged.parts.filter(Boolean).length;
  if (received < request.parts) return { value: { done: false, staged: received, parts: request.parts } };
  staging.delete(ctx);

  const store = await ctx.store();
  const current = await store.load();
  if (workspaceFingerprint(current) !== request.base)
    throw new RouterError('invalid', 'the workspace changed since the preview (saved from another tab or window); look at the preview again before importing; nothing was changed');
  const joined = joinBatches(staged.parts as RecordBatch[]);
  if (!current && !joined.workspace) throw new RouterError('invalid', 'an import into an empty browser must name its workspace; nothing was changed');
  // Checked before the backup too: a refused import leaves no trace, not even a snapshot.
  const issues = staged.issues.flatMap((list) => list ?? []);
  if (issues.length > 0) throw new StoreValidationError(issues);
  const backup = current ? await ctx.backups.save(current, 'before import', ctx.now()) : undefined;
  const known = new Set([...(current?.keyResults ?? []), ...(current?.initiatives ?? [])].map((r) => r.id));
  const newIds = new Set([...(joined.keyResults ?? []), ...(joined.initiatives ?? [])].map((r) => r.id).filter((id) => !known.has(id)));
  await store.write(joined, { durability: 'strict', newIds, shapesChecked: true });
  return { value: { done: true, written: countsOfBatch(joined), backupId: backup?.id }, changed: { scope: 'workspace', ids: [] } };
};
