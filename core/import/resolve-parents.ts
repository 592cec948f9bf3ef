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
  // Rows are known by their position: flat arrays instead of a map entry per row keep big
  // sheets cheap. Keys are unique within a file: one map per file, no key strings per row.
  const byKey = new Map<string, Map<string, number>>();
  drafts.forEach((d, i) => {
    let inFile = byKey.get(d.file);
    if (!inFile) byKey.set(d.file, (inFile = new Map()));
    inFile.set(d.key, i);
  });
  // Only layouts that name parents by title need this index; big row-id files skip it.
  let byTitleIndex: Map<string, number[]> | undefined;
  const byTitle = () => (byTitleIndex ??= groupBy(drafts.keys(), (i) => [titleKey(drafts[i]!.cells.title?.text ?? '')]));
  let titleIndex: { objectives: Map<string, { id: string }[]>; keyResults: Map<string, { id: string }[]> } | undefined;
  const titles = () => (titleIndex ??= { objectives: groupBy(base.objectives, (o) => [titleKey(o.title)]), keyResults: groupBy(base.keyResults, (k) => [titleKey(k.title)]) });
  // Per row: its parent (undefined: none), whether it was found at all, and the parent row's position.
  const parentOf: (ParentRef | undefined)[] = new Array(drafts.length);
  const found = new Uint8Array(drafts.length);
  const parentAt = new Int32Array(drafts.length).fill(-1);
  const fail = (d: Draft, column: string | undefined, message: string) => problems.push({ file: d.file, row: d.row, column, severity: 'error', message });
  const inDraft = (i: number, p: number) => {
    parentOf[i] = { kind: 'draft', draft: drafts[p]! };
    parentAt[i] = p;
    found[i] = 1;
  };

  drafts.forEach((d, i) => {
    if (d.parentKey !== undefined) {
      const p = byKey.get(d.file)?.get(d.parentKey);
      if (p !== undefined) inDraft(i, p);
      else fail(d, d.cells.parent?.column ?? d.cells.order?.column ?? 'Parent', `parent ${JSON.stringify(d.parentKey)} is not in the file`);
    } else if (d.parentTitle) {
      const wanted: ItemType[] = d.type === 'keyResult' ? ['objective'] : d.type === 'initiative' ? ['keyResult', 'objective'] : ['objective', 'keyResult'];
      const title = titleKey(d.parentTitle.text);
      const inFile = (byTitle().get(title) ?? []).filter((p) => p !== i && wanted.includes(drafts[p]!.type));
      const existingObjective = titles().objectives.get(title)?.[0];
      const existingKr = titles().keyResults.get(title)?.[0];
      if (inFile.length > 1) fail(d, d.parentTitle.column, `parent ${JSON.stringify(d.parentTitle.text)} matches ${inFile.length} rows (${inFile.map((p) => drafts[p]!.row).join(', ')}); titles must be unique`);
      else if (inFile[0] !== undefined) inDraft(i, inFile[0]);
      else if (existingObjective && wanted.includes('objective')) (parentOf[i] = { kind: 'existing', id: existingObjective.id, type: 'objective' }), (found[i] = 1);
      else if (existingKr && wanted.includes('keyResult')) (parentOf[i] = { kind: 'existing', id: existingKr.id, type: 'keyResult' }), (found[i] = 1);
      else fail(d, d.parentTitle.column, `parent ${JSON.stringify(d.parentTitle.text)} is neither in the file nor in the workspace`);
    } else found[i] = 1;
  });

  const ordered: Ordered[] = [];
  const UNKNOWN = 0, PLACED = 1, LEFT_OUT = 2;
  const placed = new Uint8Array(drafts.length);
  const onPath = new Uint8Array(drafts.length);
  // Depth-first, parents before children. A row whose parent failed is left out silently:
  // the parent's own error explains it.
  const visit = (i: number): boolean => {
    if (placed[i] !== UNKNOWN) return placed[i] === PLACED;
    const d = drafts[i]!;
    if (onPath[i]) {
      fail(d, d.cells.parent?.column ?? d.parentTitle?.column ?? 'Parent', 'its parents form a cycle');
      placed[i] = LEFT_OUT;
      return false;
    }
    if (!found[i]) return (placed[i] = LEFT_OUT), false;
    onPath[i] = 1;
    const ok = parentAt[i]! >= 0 ? visit(parentAt[i]!) : true;
    onPath[i] = 0;
    if (placed[i] !== UNKNOWN) return placed[i] === PLACED;
    placed[i] = ok ? PLACED : LEFT_OUT;
    const p = parentOf[i];
    if (ok) ordered.push({ draft: d, ...(p ? { parent: p } : {}) });
    return ok;
  };
  for (let i = 0; i < drafts.length; i++) visit(i);
  return ordered;
}
