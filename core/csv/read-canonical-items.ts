import type { Incoming, Provenance } from '../import/import-plan.ts';
import type { Problem } from '../import/problems.ts';
import type { Resolver } from '../import/resolver.ts';
import type { Initiative, KeyResult, Objective } from '../model/records.ts';
import { ITEM_COLUMNS, ITEM_TYPES, type ItemColumn } from './canonical-columns.ts';
import { readBoolean, readLink, readNumber } from './cell-values.ts';
import { splitValues } from './multi-value.ts';

export type CanonicalItems = { incoming: Incoming; problems: Problem[]; provenance: Provenance; currents: { id: string; value: number; row: number }[] };

// Which column a record field is read from, so validation errors can name the column.
const FIELD_COLUMNS: Record<string, ItemColumn> = { parentIds: 'parent ids', objectiveId: 'parent ids', parentId: 'parent ids', periodId: 'period',
  teamIds: 'teams', ownerIds: 'owners', checkInOwnerId: 'check-in owner', closingNote: 'closing note', status: 'state', progress: 'current' };
const columnOf = (field: string) => FIELD_COLUMNS[field] ?? field;

/** Reads our own items file (header = ITEM_COLUMNS in any order) into records. */
export function readCanonicalItems(rows: readonly string[][], file: string, resolver: Resolver, now: string): CanonicalItems {
  const [header = [], ...body] = rows;
  const at = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const problems: Problem[] = [];
  const provenance: Provenance = new Map();
  const incoming = { objectives: [] as Objective[], keyResults: [] as KeyResult[], initiatives: [] as Initiative[] };
  const currents: CanonicalItems['currents'] = [];
  const missing = ITEM_COLUMNS.filter((c) => !at.has(c) && ['id', 'type', 'title'].includes(c));
  if (missing.length > 0) return { incoming, currents, provenance, problems: [{ file, row: 1, severity: 'error', message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }] };

  body.forEach((cells, i) => {
    const row = i + 2;
    const get = (c: ItemColumn) => cells[at.get(c) ?? -1] ?? '';
    if (cells.every((c) => c.trim() === '')) return;
    const bad = (column: ItemColumn, message: string) => problems.push({ file, row, column, severity: 'error', message });
    const number = (c: ItemColumn) => {
      const v = readNumber(get(c));
      if (v !== undefined && Number.isNaN(v)) bad(c, `expected a number, got ${JSON.stringify(get(c))}`);
      return v !== undefined && !Number.isNaN(v) ? v : undefined;
    };
    const people = (c: ItemColumn) => splitValues(get(c)).map((ref) => resolver.person(ref));
    const id = get('id').trim();
    if (!id) return bad('id', 'is empty; every row of an OKR Lens items file has an id');
    const firstRow = provenance.get(id)?.row;
    if (firstRow !== undefined) return bad('id', `${JSON.stringify(id)} is already used on row ${firstRow}`);
    const type = get('type').trim().toLowerCase();
    const tags = splitValues(get('tags'));
    const links = splitValues(get('links')).map(readLink);
    const [checkInOwnerRef] = splitValues(get('check-in owner'));
    const checkInOwner = checkInOwnerRef?.trim() ? resolver.person(checkInOwnerRef) : undefined;
    const optionalText = (c: ItemColumn, key: string) => (get(c) !== '' ? { [key]: get(c) } : {});

    if (type === ITEM_TYPES.objective) {
      const periodName = get('period').trim();
      const periodId = periodName ? resolver.period(periodName, get('period start').trim() || undefined, get('period end').trim() || undefined) : undefined;
      if (!periodId) bad('period', periodName ? `unknown period ${JSON.stringify(periodName)}; add "period start" and "period end"` : 'is empty');
      const isPrivate = readBoolean(get('private'));
      if (isPrivate === undefined) bad('private', `expected yes or no, got ${JSON.stringify(get('private'))}`);
      const score = number('score');
      incoming.objectives.push({
        id, title: get('title'), ...optionalText('description', 'description'), periodId: periodId ?? '', level: get('level') as Objective['level'],
        teamIds: splitValues(get('teams')).map((t) => resolver.team(t)), ownerIds: people('owners'),
        ...(checkInOwner ? { checkInOwnerId: checkInOwner } : {}), parentIds: splitValues(get('parent ids')),
        commitment: get('commitment') as Objective['commitment'], tags, private: isPrivate ?? false, state: get('state') as Objective['state'],
        ...(score !== undefined ? { score } : {}), ...optionalText('closing note', 'closingNote'), updatedAt: now,
      });
      provenance.set(id, { file, row, column: columnOf });
    } else if (type === ITEM_TYPES.keyResult || type === 'kr') {
      const [objectiveId = '', ...extra] = splitValues(get('parent ids'));
      if (extra.length > 0) bad('parent ids', 'a key result belongs to exactly one objective');
      const [start, target, weight, score, current] = [number('start'), number('target'), number('weight'), number('score'), number('current')];
      incoming.keyResults.push({
        id, objectiveId, title: get('title'), ownerIds: people('owners'), ...(checkInOwner ? { checkInOwnerId: checkInOwner } : {}),
        kind: get('kind') as KeyResult['kind'], ...(start !== undefined ? { start } : {}), ...(target !== undefined ? { target } : {}),
        ...optionalText('unit', 'unit'), weight: weight ?? 1, links, tags, state: get('state') as KeyResult['state'],
        ...(score !== undefined ? { score } : {}), updatedAt: now,
      });
      if (current !== undefined) currents.push({ id, value: current, row });
      provenance.set(id, { file, row, column: columnOf });
    } else if (type === ITEM_TYPES.initiative) {
      const [parentId = '', ...extra] = splitValues(get('parent ids'));
      if (extra.length > 0) bad('parent ids', 'an initiative belongs to exactly one key result or objective');
      const progress = number('current');
      incoming.initiatives.push({
        id, parentId, parentType: 'objective', title: get('title'), ownerIds: people('owners'), status: get('state') as Initiative['status'],
        ...(progress !== undefined ? { progress } : {}), links, updatedAt: now,
      });
      provenance.set(id, { file, row, column: columnOf });
    } else {
      bad('type', `expected objective, key result or initiative, got ${JSON.stringify(get('type'))}`);
    }
  });
  // An initiative's parent may be a key result listed anywhere in the file.
  const krIds = new Set(incoming.keyResults.map((k) => k.id));
  for (const ini of incoming.initiatives) if (krIds.has(ini.parentId)) ini.parentType = 'keyResult';
  return { incoming, problems, provenance, currents };
}
