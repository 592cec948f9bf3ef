import { expectedProgress } from '../math/pace.ts';
import { latestValueCheckIn, progressOfValue } from '../math/progress.ts';
import { suggestStatus } from '../math/status.ts';
import { checkInOwnerOf } from '../model/check-in-owner.ts';
import type { CheckIn, KeyResult, Objective, Period } from '../model/records.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import type { CheckInDraft } from './draft.ts';
import type { Provenance } from './import-plan.ts';
import { parseLooseDate, parseLooseNumber, parseStatus } from './loose-values.ts';
import type { Problem } from './problems.ts';
import type { Resolver } from './resolver.ts';
import { stableId } from './stable-id.ts';
import { groupBy } from '../util/group-by.ts';
import { titleKey } from './title-key.ts';

export type CheckInContext = {
  keyResults: ReadonlyMap<string, KeyResult>; objectives: ReadonlyMap<string, Objective>; periods: () => readonly Period[];
  resolver: Resolver; importedBy: () => string; decimalComma: (file: string) => boolean;
  /** Expected pace by period and time: many check-ins share both (every Current cell is checked in "now"). */
  paceCache: Map<string, number | undefined>;
};


function suggested(kr: KeyResult, value: number | undefined, time: string, ctx: CheckInContext) {
  const periodId = ctx.objectives.get(kr.objectiveId)?.periodId ?? '';
  const key = `${periodId}\u0000${time}`;
  if (!ctx.paceCache.has(key)) {
    const period = ctx.periods().find((p) => p.id === periodId);
    ctx.paceCache.set(key, period ? expectedProgress(period, new Date(time)) : undefined);
  }
  const expected = ctx.paceCache.get(key);
  const progress = value === undefined ? undefined : progressOfValue(kr, value);
  const status = expected === undefined ? 'pending' : suggestStatus(progress, expected, DEFAULT_SETTINGS.statusThresholds, kr.kind);
  return status === 'pending' ? 'on-track' : status;
}

/** Check-ins from the rows of check-in logs, matched to key results by title (and objective, when given). */
export function buildCheckIns(drafts: readonly CheckInDraft[], ctx: CheckInContext, problems: Problem[], provenance: Provenance): CheckIn[] {
  const out: CheckIn[] = [];
  const byTitle = groupBy(ctx.keyResults.values(), (k) => [titleKey(k.title)]);
  for (const d of drafts) {
    const c = d.cells;
    const fail = (column: string | undefined, message: string) => problems.push({ file: d.file, row: d.row, column, severity: 'error', message });
    const title = c.keyResult?.text ?? c.title?.text ?? '';
    let candidates = byTitle.get(titleKey(title)) ?? [];
    if (c.objective && candidates.length > 1) {
      const objective = titleKey(c.objective.text);
      candidates = candidates.filter((k) => titleKey(ctx.objectives.get(k.objectiveId)?.title ?? '') === objective);
    }
    if (candidates.length === 0) { fail(c.keyResult?.column, `no key result titled ${JSON.stringify(title)} in the files or the workspace`); continue; }
    if (candidates.length > 1) { fail(c.keyResult?.column, `${candidates.length} key results are titled ${JSON.stringify(title)}; add an Objective column to tell them apart`); continue; }
    const kr = candidates[0]!;
    const time = c.date ? parseLooseDate(c.date.text) : undefined;
    if (!time) { fail(c.date?.column ?? 'Date', c.date ? `expected a date such as 2026-09-30, 09/30/2026 or 30.09.2026, got ${JSON.stringify(c.date.text)}` : 'is empty'); continue; }
    const value = c.current ? parseLooseNumber(c.current.text, ctx.decimalComma(d.file)) : undefined;
    if (c.current && !value) { fail(c.current.column, `expected a number, got ${JSON.stringify(c.current.text)}`); continue; }
    const status = c.status ? parseStatus(c.status.text) : suggested(kr, value?.value, time, ctx);
    if (!status) { fail(c.status?.column, `expected on track, behind, at risk or off track, got ${JSON.stringify(c.status?.text)}`); continue; }
    const confidence = c.confidence ? parseLooseNumber(c.confidence.text, ctx.decimalComma(d.file)) : undefined;
    const author = c.author ? ctx.resolver.person(c.author.text) : (checkInOwnerOf(kr) ?? ctx.importedBy());
    const id = stableId('ci', kr.id, time, String(value?.value ?? ''), c.note?.text ?? '');
    out.push({
      id, targetType: 'keyResult', targetId: kr.id, time, ...(value ? { value: value.value } : {}), status,
      ...(confidence ? { confidence: Math.round(confidence.value) } : {}), ...(c.note ? { note: c.note.text } : {}),
      authorId: author, source: 'import', updatedAt: time,
    });
    provenance.set(id, { file: d.file, row: d.row, column: (f) => (f === 'value' ? c.current?.column : f === 'confidence' ? c.confidence?.column : undefined) });
  }
  return out;
}

export type CurrentValue = { keyResultId: string; value: number; file: string; row: number; column: string };

/**
 * A "current value" cell becomes an import check-in when it differs from the latest value
 * known, so a spreadsheet's progress arrives and re-importing the same file adds nothing.
 */
export function checkInsFromCurrents(currents: readonly CurrentValue[], known: readonly CheckIn[], ctx: CheckInContext, now: string, provenance: Provenance): CheckIn[] {
  const out: CheckIn[] = [];
  const byTarget = groupBy(known, (c) => [c.targetId]);
  const knownIds = new Set(known.map((c) => c.id));
  for (const cur of currents) {
    const kr = ctx.keyResults.get(cur.keyResultId);
    if (!kr) continue;
    if (latestValueCheckIn(byTarget.get(kr.id) ?? [])?.value === cur.value) continue;
    // Readable and unique without hashing: one import check-in per key result and value.
    const readable = `ci-import-${kr.id}-${cur.value}`;
    const id = readable.length <= 200 ? readable : stableId('ci-import', kr.id, String(cur.value));
    if (knownIds.has(id)) continue;
    out.push({ id, targetType: 'keyResult', targetId: kr.id, time: now, value: cur.value, status: suggested(kr, cur.value, now, ctx),
      authorId: checkInOwnerOf(kr) ?? ctx.importedBy(), source: 'import', evidence: `${cur.file}, row ${cur.row}, column ${cur.column}`, updatedAt: now });
    provenance.set(id, { file: cur.file, row: cur.row, column: (f) => (f === 'value' ? cur.column : undefined) });
  }
  return out;
}
