import { closePeriod, openObjectivesOf, type ClosingChoice } from '../../core/math/close-period.ts';
import type { Versioned } from '../../core/merge/merge-records.ts';
import type { KeyResult, Objective } from '../../core/model/records.ts';
import type { ValidationIssue } from '../../core/model/validate.ts';
import type { Handler } from './context.ts';
import { invalid, notFound, requireText } from './router-error.ts';
import { stampEdit } from './stamp-edit.ts';

/** The choices off the wire, each checked: an objective of the period still open, a score 0–1, a note. */
function choicesOf(value: unknown, open: ReadonlySet<string>): ClosingChoice[] {
  if (!Array.isArray(value)) throw invalid([{ recordType: 'objective', id: '(closings)', field: 'closings', message: 'expected a list of closing choices' }]);
  const issues: ValidationIssue[] = [];
  const choices = value.map((raw: unknown): ClosingChoice => {
    const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof c.objectiveId === 'string' ? c.objectiveId : '(no id)';
    const add = (field: string, message: string) => issues.push({ recordType: 'objective', id, field, message });
    if (!open.has(id)) add('id', 'is not an open objective of this period');
    if (c.score !== undefined && !(typeof c.score === 'number' && c.score >= 0 && c.score <= 1)) add('score', `must be 0.0–1.0, got ${JSON.stringify(c.score)}`);
    if (c.note !== undefined && !(typeof c.note === 'string' && c.note.length <= 5000)) add('closingNote', 'must be text of at most 5000 characters');
    return { objectiveId: id, ...(typeof c.score === 'number' ? { score: c.score } : {}), ...(typeof c.note === 'string' ? { note: c.note } : {}), ...(c.carryOver === false ? { carryOver: false } : {}) };
  });
  if (issues.length > 0) throw invalid(issues);
  return choices;
}

// Copies are new records: the merge stamps of what they copied do not apply to them.
const fresh = <T extends { fieldClocks?: unknown }>({ fieldClocks: _f, ...rest }: T) => rest;

/**
 * Closes a period in one strict transaction: scores and notes on its open objectives, their key
 * results closed, unfinished key results copied into the next period (created when missing).
 */
export const closePeriodHandler: Handler<'period.close'> = async ({ periodId, closings }, ctx) => {
  const store = await ctx.store();
  const id = requireText(periodId, 'periodId');
  const ws = await store.load();
  if (!ws?.periods.some((p) => p.id === id)) throw notFound(`no period has id ${JSON.stringify(id)}; nothing was closed`);
  const choices = choicesOf(closings, new Set(openObjectivesOf(ws, id).map((o) => o.id)));
  const now = ctx.now();
  const result = closePeriod(ws, id, choices, { now: now.toISOString(), newId: ctx.newId });
  const old = new Map<string, Versioned>([...ws.objectives, ...ws.keyResults].map((r) => [r.id, r]));
  const edited = <T extends Objective | KeyResult>(r: T) => stampEdit(old.get(r.id)!, r, now) as T;
  const objectives = [...result.objectives.map(edited), ...result.carried.map((c) => fresh(c.objective))];
  const keyResults = [...result.keyResults.map(edited), ...result.carried.flatMap((c) => c.keyResults.map(fresh))];
  await store.write({ periods: result.next?.created ?? [], objectives, keyResults }, { durability: 'strict' });
  const ids = [...(result.next?.created ?? []).map((p) => p.id), ...objectives.map((o) => o.id), ...keyResults.map((k) => k.id)];
  const value = { ...result, objectives: objectives.slice(0, result.objectives.length), keyResults: keyResults.slice(0, result.keyResults.length) };
  return { value, changed: { scope: 'records', ids } };
};
