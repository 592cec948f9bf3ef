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

  // Column positions and helpers made once, not per row: big items files have 100,000+ rows.
  let cells: readonly string[] = [];
  let row = 0;
  const index = Object.fromEntries(ITEM_COLUMNS.map((c) => [c, at.get(c) ?? -1])) as Record<ItemColumn, number>;
  const get = (c: ItemColumn) => cells[index[c]] ?? '';
  const bad = (column: ItemColumn, message: string) => void problems.push({ file, row, column, severity: 'error', message });
  const number = (c: ItemColumn) => {
    const v = readNumber(get(c));
    if (v !== undefined && Number.isNaN(v)) bad(c, `expected a number, got ${JSON.stringify(get(c))}`);
    return v !== undefined && !Number.isNaN(v) ? v : undefined;
  };
  const people = (c: ItemColumn) => splitValues(get(c)).map((ref) => resolver.person(ref));

  for (let i = 0; i < body.length; i++) {
    cells = body[i]!;
    row = i + 2;
    if (cells.every((c) => c.trim() === '')) continue;
    const id = get('id').trim();
    if (!id) { bad('id', 'is empty; every row of an OKR Lens items file has an id'); continue; }
    const firstRow = provenance.get(id)?.row;
    if (firstRow !== undefined) { bad('id', `${JSON.stringify(id)} is already used on row ${firstRow}`); continue; }
    const type = get('type').trim().toLowerCase();
    const tags = splitValues(get('tags'));
    const links = type === ITEM_TYPES.objective ? [] : splitValues(get('links')).map(readLink);
    const [checkInOwnerRef] = splitValues(get('check-in owner'));
    const checkInOwner = checkInOwnerRef?.trim() ? resolver.person(checkInOwnerRef) : undefined;
    // Optional fields are assigned in the order a spread would add them: records keep their key order.
    if (type === ITEM_TYPES.objective) {
      const periodName = get('period').trim();
      const periodId = periodName ? resolver.period(periodName, get('period start').trim() || undefined, get('period end').trim() || undefined) : undefined;
      if (!periodId) bad('period', periodName ? `unknown period ${JSON.stringify(periodName)}; add "period start" and "period end"` : 'is empty');
      const isPrivate = readBoolean(get('private'));
      if (isPrivate === undefined) bad('private', `expected yes or no, got ${JSON.stringify(get('private'))}`);
      const score = number('score');
      const o = { id, title: get('title') } as Objective;
      if (get('description') !== '') o.description = get('description');
      o.periodId = periodId ?? '';
      o.level = get('level') as Objective['level'];
      o.teamIds = splitValues(get('teams')).map((t) => resolver.team(t));
      o.ownerIds = people('owners');
      if (checkInOwner) o.checkInOwnerId = checkInOwner;
      o.parentIds = splitValues(get('parent ids'));
      o.commitment = get('commitment') as Objective['commitment'];
      o.tags = tags;
      o.private = isPrivate ?? false;
      o.state = get('state') as Objective['state'];
      if (score !== undefined) o.score = score;
      if (get('closing note') !== '') o.closingNote = get('closing note');
      o.updatedAt = now;
      incoming.objectives.push(o);
      provenance.set(id, { file, row, column: columnOf });
    } else if (type === ITEM_TYPES.keyResult || type === 'kr') {
      const [objectiveId = '', ...extra] = splitValues(get('parent ids'));
      if (extra.length > 0) bad('parent ids', 'a key result belongs to exactly one objective');
      const [start, target, weight, score, current] = [number('start'), number('target'), number('weight'), number('score'), number('current')];
      const k = { id, objectiveId, title: get('title'), ownerIds: people('owners') } as KeyResult;
      if (checkInOwner) k.checkInOwnerId = checkInOwner;
      k.kind = get('kind') as KeyResult['kind'];
      if (start !== undefined) k.start = start;
      if (target !== undefined) k.target = target;
      if (get('unit') !== '') k.unit = get('unit');
      k.weight = weight ?? 1;
      k.links = links;
      k.tags = tags;
      k.state = get('state') as KeyResult['state'];
      if (score !== undefined) k.score = score;
      k.updatedAt = now;
      incoming.keyResults.push(k);
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
  }
  // An initiative's parent may be a key result listed anywhere in the file.
  const krIds = new Set(incoming.keyResults.map((k) => k.id));
  for (const ini of incoming.initiatives) if (krIds.has(ini.parentId)) ini.parentType = 'keyResult';
  return { incoming, problems, provenance, currents };
}
