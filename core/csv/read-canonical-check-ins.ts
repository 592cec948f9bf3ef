import type { Provenance } from '../import/import-plan.ts';
import type { Problem } from '../import/problems.ts';
import type { Resolver } from '../import/resolver.ts';
import { canonicalTime } from '../model/canonical-time.ts';
import type { CheckIn } from '../model/records.ts';
import { CHECK_IN_COLUMNS, type CheckInColumn } from './canonical-columns.ts';
import { readNumber } from './cell-values.ts';

export type CanonicalCheckIns = { checkIns: CheckIn[]; problems: Problem[]; provenance: Provenance };

const FIELD_COLUMNS: Record<string, CheckInColumn> = { targetId: 'target id', targetType: 'target type', authorId: 'author', onBehalfOfId: 'on behalf of', sourceUrl: 'source url' };

/** Reads our own check-ins file (header = CHECK_IN_COLUMNS in any order). */
export function readCanonicalCheckIns(rows: readonly string[][], file: string, resolver: Resolver, now: string): CanonicalCheckIns {
  const [header = [], ...body] = rows;
  const at = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const problems: Problem[] = [];
  const provenance: Provenance = new Map();
  const checkIns: CheckIn[] = [];
  const missing = CHECK_IN_COLUMNS.filter((c) => !at.has(c) && ['id', 'target id', 'time', 'status', 'author'].includes(c));
  if (missing.length > 0) return { checkIns, provenance, problems: [{ file, row: 1, severity: 'error', message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }] };

  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get = (c: CheckInColumn) => cells[at.get(c) ?? -1] ?? '';
    const number = (c: CheckInColumn) => {
      const v = readNumber(get(c));
      if (v !== undefined && Number.isNaN(v)) problems.push({ file, row, column: c, severity: 'error', message: `expected a number, got ${JSON.stringify(get(c))}` });
      return v !== undefined && !Number.isNaN(v) ? v : undefined;
    };
    const text = (c: CheckInColumn, key: string) => (get(c) !== '' ? { [key]: get(c) } : {});
    const [value, confidence] = [number('value'), number('confidence')];
    const id = get('id').trim();
    checkIns.push({
      id, targetType: (get('target type') || 'keyResult') as CheckIn['targetType'], targetId: get('target id').trim(), time: canonicalTime(get('time').trim()),
      ...(value !== undefined ? { value } : {}), status: get('status').trim() as CheckIn['status'], ...(confidence !== undefined ? { confidence } : {}),
      ...text('note', 'note'), authorId: resolver.person(get('author')),
      ...(get('on behalf of').trim() ? { onBehalfOfId: resolver.person(get('on behalf of')) } : {}),
      source: (get('source').trim() || 'import') as CheckIn['source'], ...text('source url', 'sourceUrl'), ...text('evidence', 'evidence'),
      updatedAt: canonicalTime(get('time').trim()) || now,
    });
    provenance.set(id, { file, row, column: (f) => FIELD_COLUMNS[f] ?? f });
  });
  return { checkIns, problems, provenance };
}
