import type { Initiative, KeyResult, Objective } from '../model/records.ts';
import type { KrKind } from '../model/vocabulary.ts';
import type { Workspace } from '../model/workspace.ts';
import type { Cell, Draft } from './draft.ts';
import type { Provenance } from './import-plan.ts';
import { parseCommitment, parseInitiativeStatus, parseKind, parseLooseNumber, splitLoose } from './loose-values.ts';
import type { Unstarted } from './missing-starts.ts';
import type { Problem } from './problems.ts';
import type { Resolver } from './resolver.ts';
import { resolveParents } from './resolve-parents.ts';
import { stableId } from './stable-id.ts';
import { titleKey } from './title-key.ts';

export type Current = { keyResultId: string; value: number; draft: Draft };
export type BuiltItems = {
  objectives: Objective[]; keyResults: KeyResult[]; initiatives: Initiative[]; currents: Current[]; provenance: Provenance;
  /** Metric key results the file gave no start (nor the matching record had one): the importer looks for one later. */
  unstarted: Unstarted[];
};
export type BuildContext = { base: Workspace; resolver: Resolver; now: string; defaultPeriod?: string; decimalComma: (file: string) => boolean };


/**
 * Records from the item rows of foreign files. Ids come from what identifies a row (period,
 * parent, title) or from the matching record already in the workspace, so importing the same
 * file twice changes nothing.
 */
export function buildRecords(drafts: readonly Draft[], ctx: BuildContext, problems: Problem[]): BuiltItems {
  const { base, resolver, now } = ctx;
  const out: BuiltItems = { objectives: [], keyResults: [], initiatives: [], currents: [], provenance: new Map(), unstarted: [] };
  const idOf = new Map<Draft, string>();
  const periodOf = new Map<Draft, string>();
  const existing = {
    objectives: new Map(base.objectives.map((o) => [`${o.periodId}\u0000${titleKey(o.title)}`, o])),
    keyResults: new Map(base.keyResults.map((k) => [`${k.objectiveId}\u0000${titleKey(k.title)}`, k])),
    initiatives: new Map(base.initiatives.map((i) => [`${i.parentId}\u0000${titleKey(i.title)}`, i])),
    objectivePeriods: new Map(base.objectives.map((o) => [o.id, o.periodId])),
  };
  // (Lookups below skip empty maps: a first import would build a key string per row for nothing.)
  const error = (d: Draft, column: string | undefined, message: string) => problems.push({ file: d.file, row: d.row, column, severity: 'error', message });

  const number = (d: Draft, cell: Cell | undefined) => {
    if (!cell) return undefined;
    const n = parseLooseNumber(cell.text, ctx.decimalComma(d.file));
    if (!n) error(d, cell.column, `expected a number, got ${JSON.stringify(cell.text)}`);
    return n;
  };
  const people = (cell: Cell | undefined) => (cell ? splitLoose(cell.text).map((ref) => resolver.person(ref)) : []);
  // Two rows that resolve to one record (same title under the same parent) would silently
  // become one: refuse the second, naming the first.
  const remember = (d: Draft, id: string): boolean => {
    const first = out.provenance.get(id);
    if (first) {
      error(d, d.cells.title?.column ?? 'Title', `repeats ${first.file === d.file ? '' : `${first.file} `}row ${first.row}: same title under the same ${d.type === 'objective' ? 'period' : 'parent'}`);
      return false;
    }
    idOf.set(d, id);
    out.provenance.set(id, { file: d.file, row: d.row, column: (field) => columnOf(d, field) });
    return true;
  };

  for (const { draft: d, parent } of resolveParents(drafts, base, problems)) {
    const c = d.cells;
    // A row with a bad cell is left out whole: half a record would only cause follow-on errors.
    const errorsBefore = problems.length;
    const title = c.title?.text ?? '';
    const key = titleKey(title);
    if (!title) error(d, c.title?.column ?? 'Title', 'is empty');
    const parentId = parent?.kind === 'draft' ? idOf.get(parent.draft) : parent?.id;
    if (parent && !parentId) continue; // the parent row failed; its error is reported already

    if (d.type === 'objective') {
      const inherited = parent?.kind === 'draft' ? periodOf.get(parent.draft) : existing.objectivePeriods.get(parentId ?? '');
      const periodName = c.period?.text;
      const periodId = periodName ? resolver.period(periodName) : (inherited ?? (ctx.defaultPeriod ? resolver.period(ctx.defaultPeriod) : undefined));
      if (!periodId) {
        error(d, c.period?.column ?? 'Period', periodName ? `unknown period ${JSON.stringify(periodName)}; write it like "2026 Q3", "Q3 2026" or "2026"` : 'no period: add a Period column or choose a default period');
        continue;
      }
      const match = (existing.objectives.size > 0 ? existing.objectives.get(`${periodId}\u0000${key}`) : undefined);
      const id = match?.id ?? stableId('obj', periodId, key);
      const owners = people(c.owner);
      const commitment = c.commitment ? parseCommitment(c.commitment.text) : (match?.commitment ?? 'committed');
      if (!commitment) error(d, c.commitment?.column, `expected committed or aspirational, got ${JSON.stringify(c.commitment?.text)}`);
      if (problems.length > errorsBefore || !remember(d, id)) continue;
      periodOf.set(d, periodId);
      out.objectives.push({
        ...match, id, title, ...(c.description ? { description: c.description.text } : {}), periodId,
        level: match?.level ?? (c.team ? 'team' : owners.length === 1 ? 'person' : 'org'),
        teamIds: c.team ? splitLoose(c.team.text).map((t) => resolver.team(t)) : (match?.teamIds ?? []),
        ownerIds: owners.length > 0 ? owners : (match?.ownerIds ?? []), parentIds: parentId ? [parentId] : (match?.parentIds ?? []),
        commitment: commitment ?? 'committed', tags: c.tags ? splitLoose(c.tags.text) : (match?.tags ?? []), private: match?.private ?? false,
        state: match?.state ?? 'active', updatedAt: now,
      });
    } else if (d.type === 'keyResult') {
      const objectiveId = parentId;
      if (!objectiveId || (parent?.kind === 'draft' && parent.draft.type !== 'objective') || (parent?.kind === 'existing' && parent.type !== 'objective')) {
        error(d, c.parent?.column ?? c.objective?.column ?? 'Parent', 'a key result must sit under an objective');
        continue;
      }
      const match = (existing.keyResults.size > 0 ? existing.keyResults.get(`${objectiveId}\u0000${key}`) : undefined);
      const id = match?.id ?? stableId('kr', objectiveId, key);
      const [start, target, current, weight] = [number(d, c.start), number(d, c.target), number(d, c.current), number(d, c.weight)];
      const kindCell = c.kind;
      const kind: KrKind | undefined = kindCell ? parseKind(kindCell.text) : inferKind(start?.value, target?.value, current?.unit ?? target?.unit);
      if (!kind) error(d, kindCell?.column, `expected increase, decrease, milestone, binary, stay above or stay below, got ${JSON.stringify(kindCell?.text)}`);
      const unit = c.unit?.text ?? target?.unit ?? start?.unit ?? current?.unit;
      const owners = people(c.owner);
      if (problems.length > errorsBefore || !remember(d, id)) continue;
      // Optional fields are assigned, not spread in: this runs once per row of very big sheets.
      const kr: KeyResult = {
        ...match, id, objectiveId, title, ownerIds: owners.length > 0 ? owners : (match?.ownerIds ?? []), kind: kind ?? 'milestone',
        weight: weight?.value ?? match?.weight ?? 1, links: match?.links ?? [], tags: c.tags ? splitLoose(c.tags.text) : (match?.tags ?? []),
        state: match?.state ?? 'active', updatedAt: now,
      };
      if (start) kr.start = start.value;
      if (target) kr.target = target.value;
      if (unit) kr.unit = unit;
      out.keyResults.push(kr);
      if (current) out.currents.push({ keyResultId: id, value: current.value, draft: d });
      if ((kr.kind === 'increase' || kr.kind === 'decrease') && kr.start === undefined) out.unstarted.push({ kr, draft: d, kindGiven: kindCell !== undefined });
    } else {
      if (!parentId) {
        error(d, c.parent?.column ?? 'Parent', 'an initiative must sit under a key result or an objective');
        continue;
      }
      const parentType = (parent?.kind === 'draft' ? parent.draft.type : parent?.type) === 'keyResult' ? 'keyResult' : 'objective';
      const match = (existing.initiatives.size > 0 ? existing.initiatives.get(`${parentId}\u0000${key}`) : undefined);
      const id = match?.id ?? stableId('ini', parentId, key);
      const progress = number(d, c.current);
      if (problems.length > errorsBefore || !remember(d, id)) continue;
      out.initiatives.push({
        ...match, id, parentId, parentType, title, ownerIds: people(c.owner), status: (c.status ? parseInitiativeStatus(c.status.text) : undefined) ?? match?.status ?? 'in-progress',
        ...(progress ? { progress: progress.unit === '%' || progress.value > 1 ? progress.value / 100 : progress.value } : {}),
        links: match?.links ?? [], updatedAt: now,
      });
    }
  }
  return out;
}

/** A kind from the numbers given: the direction of start → target, a percentage, or a milestone. */
function inferKind(start: number | undefined, target: number | undefined, unit: string | undefined): KrKind {
  if (start !== undefined && target !== undefined) return target < start ? 'decrease' : 'increase';
  if (target !== undefined) return unit === '%' && target === 100 ? 'milestone' : 'increase';
  return 'milestone';
}

// Record field → the column it was read from, for validation messages.
function columnOf(d: Draft, field: string): string | undefined {
  const c = d.cells;
  const cell = ({ title: c.title, periodId: c.period, ownerIds: c.owner, teamIds: c.team, start: c.start, target: c.target, weight: c.weight,
    kind: c.kind, parentIds: c.parent, objectiveId: c.parent ?? c.objective } as Record<string, Cell | undefined>)[field];
  return cell?.column;
}
