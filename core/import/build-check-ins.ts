import { expectedProgress } from '../math/pace.ts';
import { latestValueCheckIn, progressOfValue } from '../math/progress.ts';
import { suggestStatus } from '../math/status.ts';
import { checkInOwnerOf } from '../model/check-in-owner.ts';
import type { CheckIn, KeyResult, Objective, Period } from '../model/records.ts';
import type { CheckInStatus } from '../model/vocabulary.ts';
import type { WorkspaceSettings } from '../model/settings.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
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
  /** The workspace's: suggested statuses use its thresholds and its time zone's days. */
  settings: WorkspaceSettings;
  /** Expected pace by period and time: many check-ins share both (every Current cell is checked in "now"). */
  paceCache: Map<string, number | undefined>;
};


function expectedPace(periodId: string, time: string, ctx: CheckInContext): number | undefined {
  const key = `${periodId}\u0000${time}`;
  if (!ctx.paceCache.has(key)) {
    const period = ctx.periods().find((p) => p.id === periodId);
    ctx.paceCache.set(key, period ? expectedProgress(period, new Date(time), workspaceTimeZone(ctx.settings)) : undefined);
  }
  return ctx.paceCache.get(key);
}

function statusFor(kr: KeyResult, value: number | undefined, expected: number | undefined, ctx: CheckInContext) {
  const progress = value === undefined ? undefined : progressOfValue(kr, value);
  const status = expected === undefined ? 'pending' : suggestStatus(progress, expected, ctx.settings.statusThresholds, kr.kind);
  return status === 'pending' ? 'on-track' : status;
}

const suggested = (kr: KeyResult, value: number | undefined, time: string, ctx: CheckInContext) =>
  statusFor(kr, value, expectedPace(ctx.objectives.get(kr.objectiveId)?.periodId ?? '', time, ctx), ctx);

/**
 * A check-in log row matched to its key result. Its status is suggested only later, in
 * buildCheckIns: a key result without a start may take one from these rows first.
 */
export type LoggedRow = { draft: CheckInDraft; kr: KeyResult; time: string; value?: number; status?: CheckInStatus };

/** The rows of check-in logs, matched to key results by title (and objective, when given). */
export function matchCheckInLog(drafts: readonly CheckInDraft[], ctx: CheckInContext, problems: Problem[]): LoggedRow[] {
  const out: LoggedRow[] = [];
  if (drafts.length === 0) return out; // no log: no need to index every key result's title
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
    const status = c.status ? parseStatus(c.status.text) : undefined;
    if (c.status && !status) { fail(c.status.column, `expected on track, behind, at risk or off track, got ${JSON.stringify(c.status.text)}`); continue; }
    const row: LoggedRow = { draft: d, kr, time };
    if (value) row.value = value.value;
    if (status) row.status = status;
    out.push(row);
  }
  return out;
}

/** Check-ins from matched log rows; a row without a status gets one suggested from its value and the pace. */
export function buildCheckIns(rows: readonly LoggedRow[], ctx: CheckInContext, provenance: Provenance): CheckIn[] {
  const out: CheckIn[] = [];
  for (const { draft: d, kr, time, value, status } of rows) {
    const c = d.cells;
    const confidence = c.confidence ? parseLooseNumber(c.confidence.text, ctx.decimalComma(d.file)) : undefined;
    const author = c.author ? ctx.resolver.person(c.author.text) : (checkInOwnerOf(kr) ?? ctx.importedBy());
    const id = stableId('ci', kr.id, time, String(value ?? ''), c.note?.text ?? '');
    out.push({
      id, targetType: 'keyResult', targetId: kr.id, time, ...(value !== undefined ? { value } : {}), status: status ?? suggested(kr, value, time, ctx),
      ...(confidence ? { confidence: Math.round(confidence.value) } : {}), ...(c.note ? { note: c.note.text } : {}),
      authorId: author, source: 'import', updatedAt: time,
    });
    provenance.set(id, { file: d.file, row: d.row, column: (f) => (f === 'value' ? c.current?.column : f === 'confidence' ? c.confidence?.column : undefined) });
  }
  return out;
}

export type CurrentValue = { keyResultId: string; value: number; file: string; row: number; column: string; status?: CheckInStatus };

/**
 * A "current value" cell becomes an import check-in when it differs from the latest value
 * known, so a spreadsheet's progress arrives and re-importing the same file adds nothing.
 */
export function checkInsFromCurrents(currents: readonly CurrentValue[], known: readonly CheckIn[], ctx: CheckInContext, now: string, provenance: Provenance): CheckIn[] {
  const out: CheckIn[] = [];
  // Only key results' check-ins matter here (an initiative or objective may share an id).
  const byTarget = groupBy(known, (c) => (c.targetType === 'keyResult' ? [c.targetId] : []));
  const knownIds = new Set(known.map((c) => c.id));
  // Every check-in here is made "now": the expected pace depends on the period alone.
  const paceOf = new Map<string, number | undefined>();
  for (const cur of currents) {
    const kr = ctx.keyResults.get(cur.keyResultId);
    if (!kr) continue;
    if (known.length > 0 && latestValueCheckIn(byTarget.get(kr.id) ?? [])?.value === cur.value) continue;
    // Readable and unique without hashing: one import check-in per key result and value.
    const readable = `ci-import-${kr.id}-${cur.value}`;
    const id = readable.length <= 200 ? readable : stableId('ci-import', kr.id, String(cur.value));
    if (known.length > 0 && knownIds.has(id)) continue;
    const periodId = ctx.objectives.get(kr.objectiveId)?.periodId ?? '';
    if (!paceOf.has(periodId)) paceOf.set(periodId, expectedPace(periodId, now, ctx));
    out.push({ id, targetType: 'keyResult', targetId: kr.id, time: now, value: cur.value, status: cur.status ?? statusFor(kr, cur.value, paceOf.get(periodId), ctx),
      authorId: checkInOwnerOf(kr) ?? ctx.importedBy(), source: 'import', evidence: `${cur.file}, row ${cur.row}, column ${cur.column}`, updatedAt: now });
    provenance.set(id, { file: cur.file, row: cur.row, column: (f) => (f === 'value' ? cur.column : undefined) });
  }
  return out;
}
