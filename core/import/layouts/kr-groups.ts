import type { Cell, Draft, TableInput } from '../draft.ts';
import { mapHeader, normaliseHeader, type Field, type HeaderMap } from '../header-fields.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank } from './cells.ts';

const NUMBERED = /^(?:kr|key\s*results?)\s*#?\s*(\d{1,2})\b\s*[-:–.)]?\s*(.*)$/i;
const TITLE_WORDS = new Set(['', 'title', 'name', 'description', 'keyresult', 'kr', 'text']);
const EXTRA: Record<string, Field> = { progress: 'current', actual: 'current', start: 'start', baseline: 'start' };

export type KrGroup = { n: number; columns: Partial<Record<Field, number>> };

/** `KR1`, `KR1 Start`, `KR1 Target`, `Key Result 2 Title` …: each numbered key result's columns. */
export function krGroups(header: readonly string[]): KrGroup[] {
  const groups = new Map<number, KrGroup>();
  header.forEach((h, index) => {
    const m = NUMBERED.exec(h.trim());
    if (!m) return;
    const n = Number(m[1]);
    const rest = normaliseHeader(m[2] ?? '');
    const field: Field | undefined = TITLE_WORDS.has(rest) ? 'title' : (EXTRA[rest] ?? mapHeader([m[2] ?? '']).fields.keys().next().value);
    if (!field) return;
    const group = groups.get(n) ?? { n, columns: {} };
    group.columns[field] ??= index;
    groups.set(n, group);
  });
  return [...groups.values()].filter((g) => g.columns.title !== undefined).sort((a, b) => a.n - b.n);
}

/**
 * One objective per row with its key results in repeated column groups (`KR1`, `KR1 Start`,
 * `KR1 Target`, `KR2` …). Empty groups are skipped: rows have as many key results as they fill.
 */
export function readKrGroups({ file, body, header }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const groups = krGroups(header);
  const taken = new Set(groups.flatMap((g) => Object.values(g.columns).map((i) => header[i])));
  map.unknown.splice(0, map.unknown.length, ...map.unknown.filter((h) => !taken.has(h)));
  const drafts: Draft[] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    const title = c.objective ?? c.title;
    if (!title) return void problems.push({ file, row, column: map.columns[map.fields.get('objective') ?? map.fields.get('title') ?? -1] ?? 'Objective', severity: 'error', message: 'is empty; every row needs its objective' });
    const key = `row ${row}`;
    drafts.push({ file, row, type: 'objective', key, cells: { ...c, title, ...(c.objectiveOwner ? { owner: c.objectiveOwner } : {}) } });
    for (const g of groups) {
      const krCells: Partial<Record<Field, Cell>> = {};
      for (const [field, index] of Object.entries(g.columns) as [Field, number][]) {
        const text = cells[index]?.trim() ?? '';
        if (text) krCells[field] = { text, column: header[index] ?? field };
      }
      if (!krCells.title) continue;
      drafts.push({ file, row, type: 'keyResult', key: `row ${row} kr ${g.n}`, parentKey: key, cells: krCells });
    }
  });
  return drafts;
}
