import type { Workspace } from '../model/workspace.ts';
import type { Draft } from './draft.ts';
import type { ItemType } from './loose-values.ts';
import type { Problem } from './problems.ts';
import { groupBy } from '../util/group-by.ts';
import { titleKey } from './title-key.ts';

export type ParentRef = { kind: 'draft'; draft: Draft } | { kind: 'existing'; id: string; type: ItemType };
export type Ordered = { draft: Draft; parent?: ParentRef };


/**
 * Finds each row's parent (by key in the same file, or by title in any file or in the
 * workspace) and returns the rows parents-first. Missing parents and cycles are reported and
 * those rows left out.
 */
export function resolveParents(drafts: readonly Draft[], base: Workspace, problems: Problem[]): Ordered[] {
  // Keys are unique within a file: one map per file, so no key strings are built per row.
  const byKey = new Map<string, Map<string, Draft>>();
  for (const d of drafts) {
    let inFile = byKey.get(d.file);
    if (!inFile) byKey.set(d.file, (inFile = new Map()));
    inFile.set(d.key, d);
  }
  // Only layouts that name parents by title need this index; big row-id files skip it.
  let byTitleIndex: Map<string, Draft[]> | undefined;
  const byTitle = () => (byTitleIndex ??= groupBy(drafts, (d) => [titleKey(d.cells.title?.text ?? '')]));
  let titleIndex: { objectives: Map<string, { id: string }[]>; keyResults: Map<string, { id: string }[]> } | undefined;
  const titles = () => (titleIndex ??= { objectives: groupBy(base.objectives, (o) => [titleKey(o.title)]), keyResults: groupBy(base.keyResults, (k) => [titleKey(k.title)]) });
  const parentOf = new Map<Draft, ParentRef | undefined>();
  const fail = (d: Draft, column: string | undefined, message: string) => problems.push({ file: d.file, row: d.row, column, severity: 'error', message });

  for (const d of drafts) {
    if (d.parentKey !== undefined) {
      const p = byKey.get(d.file)?.get(d.parentKey);
      if (p) parentOf.set(d, { kind: 'draft', draft: p });
      else fail(d, d.cells.parent?.column ?? d.cells.order?.column ?? 'Parent', `parent ${JSON.stringify(d.parentKey)} is not in the file`);
    } else if (d.parentTitle) {
      const wanted: ItemType[] = d.type === 'keyResult' ? ['objective'] : d.type === 'initiative' ? ['keyResult', 'objective'] : ['objective', 'keyResult'];
      const title = titleKey(d.parentTitle.text);
      const inFile = (byTitle().get(title) ?? []).filter((p) => p !== d && wanted.includes(p.type));
      const existingObjective = titles().objectives.get(title)?.[0];
      const existingKr = titles().keyResults.get(title)?.[0];
      if (inFile.length > 1) fail(d, d.parentTitle.column, `parent ${JSON.stringify(d.parentTitle.text)} matches ${inFile.length} rows (${inFile.map((p) => p.row).join(', ')}); titles must be unique`);
      else if (inFile[0]) parentOf.set(d, { kind: 'draft', draft: inFile[0] });
      else if (existingObjective && wanted.includes('objective')) parentOf.set(d, { kind: 'existing', id: existingObjective.id, type: 'objective' });
      else if (existingKr && wanted.includes('keyResult')) parentOf.set(d, { kind: 'existing', id: existingKr.id, type: 'keyResult' });
      else fail(d, d.parentTitle.column, `parent ${JSON.stringify(d.parentTitle.text)} is neither in the file nor in the workspace`);
    } else parentOf.set(d, undefined);
  }

  const ordered: Ordered[] = [];
  const placed = new Map<Draft, boolean>();
  const onPath = new Set<Draft>();
  // Depth-first, parents before children. A row whose parent failed is left out silently:
  // the parent's own error explains it.
  const visit = (d: Draft): boolean => {
    const known = placed.get(d);
    if (known !== undefined) return known;
    if (onPath.has(d)) {
      fail(d, d.cells.parent?.column ?? d.parentTitle?.column ?? 'Parent', 'its parents form a cycle');
      placed.set(d, false);
      return false;
    }
    if (!parentOf.has(d)) return placed.set(d, false), false;
    onPath.add(d);
    const p = parentOf.get(d);
    const ok = p?.kind === 'draft' ? visit(p.draft) : true;
    onPath.delete(d);
    if (placed.has(d)) return placed.get(d)!;
    placed.set(d, ok);
    if (ok) ordered.push({ draft: d, ...(p ? { parent: p } : {}) });
    return ok;
  };
  for (const d of drafts) visit(d);
  return ordered;
}
