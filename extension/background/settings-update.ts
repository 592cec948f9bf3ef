import { checkSpec } from '../../core/model/check-spec.ts';
import { settingsIssues, settingsSpec, type WorkspaceSettings } from '../../core/model/settings.ts';
import type { ValidationIssue } from '../../core/model/validate.ts';
import type { Handler } from './context.ts';
import { fieldsOf } from './fields.ts';
import { invalid, notFound } from './router-error.ts';

/**
 * Changes the workspace's settings: `changes` holds the top-level settings to replace (`null`
 * removes an optional one). The result is checked whole, thresholds in order, before it is written.
 */
export const updateSettings: Handler<'settings.update'> = async ({ changes }, ctx) => {
  const store = await ctx.store();
  const patch = fieldsOf(changes, 'changes');
  const row = await store.db.get('meta', 'workspace');
  if (row?.key !== 'workspace') throw notFound('there is no workspace in this browser yet: import a bundle or load the demo first');
  const next: Record<string, unknown> = { ...row.value.settings };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  const issue = (field: string, message: string): ValidationIssue => ({ recordType: 'workspace', id: row.value.id, field, message });
  const shape = checkSpec(settingsSpec, next).map((f) => issue(`settings.${f.path}`, f.message));
  if (shape.length > 0) throw invalid(shape);
  const settings = next as WorkspaceSettings; // checked against settingsSpec just above
  const order = settingsIssues(settings).map((i) => issue(i.field, i.message));
  if (order.length > 0) throw invalid(order);
  const workspace = { ...row.value, settings, updatedAt: ctx.now().toISOString() };
  await store.write({ workspace });
  return { value: workspace, changed: { scope: 'workspace', ids: [workspace.id] } };
};
