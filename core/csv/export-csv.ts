import { latestValueCheckIn } from '../math/progress.ts';
import { checkInsOf, indexWorkspace } from '../math/workspace-index.ts';
import { canonicalTime } from '../model/canonical-time.ts';
import type { CheckIn, Initiative, Link } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { CHECK_IN_COLUMNS, ITEM_COLUMNS, ITEM_TYPES, num, yesNo, type ItemColumn } from './canonical-columns.ts';
import { writeCsv } from './csv-text.ts';
import { exportKpis } from './export-kpis.ts';
import { joinValues } from './multi-value.ts';
import { personRef } from './people-refs.ts';

export type CsvExport = { items: string; checkIns: string; kpis: string };

/** `[title](url)` when the link has a title, else the bare URL. */
export const linkCell = (l: Link) => (l.title ? `[${l.title}](${l.url})` : l.url);

/** The workspace as the canonical items, check-ins and KPIs files. */
export function exportCsv(ws: Workspace): CsvExport {
  const index = indexWorkspace(ws);
  const people = new Map(ws.people.map((p) => [p.id, personRef(p)]));
  const teams = new Map(ws.teams.map((t) => [t.id, t.name]));
  const periods = new Map(ws.periods.map((p) => [p.id, p]));
  const refs = (ids: readonly string[]) => joinValues(ids.map((id) => people.get(id) ?? id));
  const row = (cells: Partial<Record<ItemColumn, string>>) => ITEM_COLUMNS.map((c) => cells[c] ?? '');
  const current = (checkIns: readonly CheckIn[] | undefined) => num(latestValueCheckIn(checkIns ?? [])?.value);

  const rows: string[][] = [];
  // A key result and an objective may share an id: the parent's type picks the initiatives.
  const initiativeRows = (parentType: Initiative['parentType'], parentId: string) => {
    for (const i of index.initiativesByParent.get(parentId) ?? []) {
      if (i.parentType !== parentType) continue;
      rows.push(row({ id: i.id, type: ITEM_TYPES.initiative, 'parent ids': joinValues([i.parentId]), title: i.title, owners: refs(i.ownerIds),
        current: num(i.progress), state: i.status, links: joinValues(i.links.map(linkCell)) }));
    }
  };
  for (const o of ws.objectives) {
    const period = periods.get(o.periodId);
    rows.push(row({
      id: o.id, type: ITEM_TYPES.objective, 'parent ids': joinValues(o.parentIds), title: o.title, description: o.description ?? '',
      period: period?.name ?? o.periodId, 'period start': period?.start ?? '', 'period end': period?.end ?? '', level: o.level,
      teams: joinValues(o.teamIds.map((id) => teams.get(id) ?? id)), owners: refs(o.ownerIds),
      'check-in owner': o.checkInOwnerId ? refs([o.checkInOwnerId]) : '', tags: joinValues(o.tags), commitment: o.commitment,
      private: yesNo(o.private), state: o.state, score: num(o.score), 'closing note': o.closingNote ?? '', current: current(checkInsOf(index, 'objective', o.id)),
    }));
    for (const kr of index.keyResultsByObjective.get(o.id) ?? []) {
      rows.push(row({
        id: kr.id, type: ITEM_TYPES.keyResult, 'parent ids': joinValues([kr.objectiveId]), title: kr.title, owners: refs(kr.ownerIds),
        'check-in owner': kr.checkInOwnerId ? refs([kr.checkInOwnerId]) : '', kind: kr.kind, start: num(kr.start), target: num(kr.target),
        current: current(checkInsOf(index, 'keyResult', kr.id)), unit: kr.unit ?? '', weight: num(kr.weight), tags: joinValues(kr.tags),
        state: kr.state, score: num(kr.score), links: joinValues(kr.links.map(linkCell)),
      }));
      initiativeRows('keyResult', kr.id);
    }
    initiativeRows('objective', o.id);
  }

  const checkIns = [...ws.checkIns].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.id.localeCompare(b.id)).map((c) => [
    c.id, c.targetId, c.targetType, canonicalTime(c.time), num(c.value), c.status, num(c.confidence), c.note ?? '', people.get(c.authorId) ?? c.authorId,
    c.onBehalfOfId ? (people.get(c.onBehalfOfId) ?? c.onBehalfOfId) : '', c.source, c.sourceUrl ?? '', c.evidence ?? '',
  ]);
  return { items: writeCsv(ITEM_COLUMNS, rows), checkIns: writeCsv(CHECK_IN_COLUMNS, checkIns), kpis: exportKpis(ws, index, people) };
}
