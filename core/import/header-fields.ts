import { EXPORT_SYNONYMS } from './export-synonyms.ts';

// Loose header matching: case, spaces and punctuation are ignored, and common synonyms from
// spreadsheet templates and OKR tools map to one field.

export const FIELD_SYNONYMS = {
  rowId: ['row id', 'rowid', 'item id', 'okr id', 'id', '#'],
  parent: ['parent', 'parent id', 'parent row id', 'parent name', 'parent title', 'aligns to', 'aligned to', 'parent objective'],
  order: ['order', 'outline', 'outline number', 'number', 'no', 'nr', 'wbs'],
  type: ['type', 'entity', 'item type', 'okr type', 'object type'],
  title: ['title', 'name', 'summary', 'okr', 'item'],
  description: ['description', 'details'],
  objective: ['objective', 'objectives', 'objective title', 'goal'],
  keyResult: ['key result', 'key results', 'kr', 'krs', 'result', 'key result title'],
  period: ['period', 'time period', 'quarter', 'cycle', 'timeframe', 'time frame', 'okr period'],
  owner: ['owner', 'owners', 'owner email', 'owner emails', 'lead', 'assignee', 'responsible', 'dri', 'kr owner', 'key result owner'],
  objectiveOwner: ['objective owner', 'objective owners', 'objective lead'],
  team: ['team', 'teams', 'department', 'group', 'squad'],
  kind: ['kind', 'measure type', 'metric type', 'kr type', 'measurement', 'progress type'],
  start: ['start', 'start value', 'baseline', 'initial value', 'from', 'starting value'],
  target: ['target', 'target value', 'to', 'goal value', 'desired value'],
  current: ['current', 'current value', 'actual', 'value', 'latest', 'latest value', 'progress value'],
  unit: ['unit', 'units', 'metric unit', 'uom'],
  weight: ['weight', 'weighting'],
  tags: ['tags', 'labels', 'tag'],
  commitment: ['commitment', 'committed aspirational'],
  status: ['status', 'state', 'health', 'rag'],
  score: ['score', 'grade', 'final score'],
  confidence: ['confidence'],
  date: ['date', 'check in date', 'checkin date', 'updated', 'updated at', 'timestamp', 'when'],
  note: ['note', 'notes', 'comment', 'comments', 'update', 'check in note'],
  author: ['author', 'checked in by', 'by', 'reporter', 'submitted by'],
  progress: ['progress', 'percent complete', '% complete', 'completion', 'progress %', 'done %'],
  due: ['due date', 'due', 'end date', 'deadline', 'target date', 'goal due date', 'due on', 'finish date'],
} as const;

export type Field = keyof typeof FIELD_SYNONYMS;

export const normaliseHeader = (h: string) => h.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}#]/gu, '');

const LOOKUP = new Map<string, Field>(
  (Object.entries(FIELD_SYNONYMS) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field] as const)),
);
for (const [field, names] of Object.entries(EXPORT_SYNONYMS) as [Field, readonly string[]][]) for (const n of names) if (!LOOKUP.has(normaliseHeader(n))) LOOKUP.set(normaliseHeader(n), field);

/** The field a header names by itself (exact synonym, loosely spelled), or undefined. */
export const fieldOf = (header: string): Field | undefined => LOOKUP.get(normaliseHeader(header));

/** Indentation columns: `Main`, `L1`, `L2` … or `Level 1`, `Level 2` …; their depth. */
export function indentDepth(header: string): number | undefined {
  const n = normaliseHeader(header);
  if (n === 'main' || n === 'l0' || n === 'level0') return 0;
  const m = /^(?:l|level|lvl)(\d)$/.exec(n);
  return m ? Number(m[1]) : undefined;
}

export type HeaderMap = { fields: Map<Field, number>; columns: string[]; unknown: string[]; indent: { depth: number; index: number }[] };

/** Maps each header cell to a field; the first column wins when two mean the same field. */
export function mapHeader(header: readonly string[]): HeaderMap {
  const fields = new Map<Field, number>();
  const unknown: string[] = [];
  const indent: HeaderMap['indent'] = [];
  header.forEach((h, index) => {
    const depth = indentDepth(h);
    if (depth !== undefined) return void indent.push({ depth, index });
    const field = LOOKUP.get(normaliseHeader(h));
    if (field && !fields.has(field)) fields.set(field, index);
    else if (!field && h.trim()) unknown.push(h);
  });
  return { fields, columns: [...header], unknown, indent: indent.sort((a, b) => a.depth - b.depth) };
}
