// The canonical CSV files, column by column (docs/csv-format.md explains each). Order matters:
// it is the byte layout of every export.

export const ITEM_COLUMNS = [
  'id', 'type', 'parent ids', 'title', 'description', 'period', 'period start', 'period end', 'level', 'teams', 'owners',
  'check-in owner', 'kind', 'start', 'target', 'current', 'unit', 'weight', 'tags', 'commitment', 'private', 'state',
  'score', 'closing note', 'links',
] as const;

export const CHECK_IN_COLUMNS = [
  'id', 'target id', 'target type', 'time', 'value', 'status', 'confidence', 'note', 'author', 'on behalf of', 'source', 'source url', 'evidence',
] as const;

export type ItemColumn = (typeof ITEM_COLUMNS)[number];
export type CheckInColumn = (typeof CHECK_IN_COLUMNS)[number];

export const ITEM_TYPES = { objective: 'objective', keyResult: 'key result', initiative: 'initiative' } as const;

export const yesNo = (b: boolean) => (b ? 'yes' : 'no');
export const num = (n: number | undefined) => (n === undefined ? '' : String(n));
