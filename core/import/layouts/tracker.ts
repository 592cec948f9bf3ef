import type { Draft, TableInput } from '../draft.ts';
import { normaliseHeader, type HeaderMap } from '../header-fields.ts';
import type { ItemType } from '../loose-values.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank } from './cells.ts';

// Issue types of trackers: the OKR ones, and work items that become initiatives.
const ISSUE_TYPES: Record<string, ItemType> = {
  objective: 'objective', goal: 'objective', keyresult: 'keyResult', kr: 'keyResult',
  epic: 'initiative', task: 'initiative', story: 'initiative', subtask: 'initiative', bug: 'initiative', initiative: 'initiative', feature: 'initiative', project: 'initiative',
};
/** The item type a tracker's issue type names (`Bug` → initiative), or undefined. */
export const issueType = (t: string): ItemType | undefined => ISSUE_TYPES[t.toLowerCase().replace(/[^a-z]/g, '')];

/**
 * A tracker export (Jira): `Issue key`, `Issue Type`, `Summary`, `Parent`. Children often come
 * before their parents. `Parent` may hold the parent's key or its numeric `Issue id`. A work item
 * under another work item (a story in an epic) joins the nearest key result or objective above it;
 * one under neither is left out, with a warning.
 */
export function readTracker({ file, body, header }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const idColumn = header.findIndex((h) => normaliseHeader(h) === 'issueid');
  // Read here to find parents by number, not ignored (the report of ignored columns shares this list).
  if (idColumn >= 0) map.unknown.splice(0, map.unknown.length, ...map.unknown.filter((h) => h !== header[idColumn]));
  const rows: { draft: Draft; parentRef?: string; issueType: string }[] = [];
  const keyOf = new Map<string, string>();
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    const typeText = c.type?.text ?? '';
    const type = issueType(typeText);
    if (!c.rowId) return void problems.push({ file, row, column: map.columns[map.fields.get('rowId')!], severity: 'error', message: 'is empty; every issue needs a key' });
    if (!type) return void problems.push({ file, row, column: c.type?.column ?? 'Issue Type', severity: 'error', message: `expected an issue type such as Objective, Key Result, Epic, Task or Story, got ${JSON.stringify(typeText)}` });
    if (keyOf.has(c.rowId.text)) return void problems.push({ file, row, column: c.rowId.column, severity: 'error', message: `issue key ${JSON.stringify(c.rowId.text)} is used twice` });
    keyOf.set(c.rowId.text, c.rowId.text);
    const id = idColumn >= 0 ? cells[idColumn]?.trim() : '';
    if (id) keyOf.set(id, c.rowId.text);
    rows.push({ draft: { file, row, type, key: c.rowId.text, cells: c }, ...(c.parent ? { parentRef: c.parent.text } : {}), issueType: typeText });
  });
  const byKey = new Map(rows.map((r) => [r.draft.key, r]));
  const out: Draft[] = [];
  for (const r of rows) {
    let parent = r.parentRef !== undefined ? byKey.get(keyOf.get(r.parentRef) ?? r.parentRef) : undefined;
    if (r.parentRef !== undefined && !parent) {
      problems.push({ file, row: r.draft.row, column: r.draft.cells.parent?.column ?? 'Parent', severity: 'error', message: `parent ${JSON.stringify(r.parentRef)} is not in the file` });
      continue;
    }
    if (r.draft.type === 'initiative') {
      // Up through epics and stories to the key result or objective they serve.
      for (let hops = 0; parent && parent.draft.type === 'initiative' && hops < rows.length; hops++) parent = parent.parentRef !== undefined ? byKey.get(keyOf.get(parent.parentRef) ?? parent.parentRef) : undefined;
      if (!parent || parent.draft.type === 'initiative') {
        problems.push({ file, row: r.draft.row, severity: 'warning', message: `${r.issueType} ${r.draft.key} is under no objective or key result; left out` });
        continue;
      }
    }
    out.push(parent ? { ...r.draft, parentKey: parent.draft.key } : r.draft);
  }
  return out;
}
