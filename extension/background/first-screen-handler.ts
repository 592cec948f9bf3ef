import { firstScreen } from '../../core/report/first-screen.ts';
import { periodReport, type PeriodReport } from '../../core/report/period-report.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import type { Handlers } from './context.ts';
import { RouterError, requireText } from './router-error.ts';

// The first rows shown: about a screen and a half (the page then adds the rest from the whole workspace).
export const FIRST_ROWS = 25;

// Every new home tab asks again with the same workspace: the period's rollups (110–250 ms for
// 5,000 key results here) are kept per workspace read, per period and per minute of the page's
// clock (the pace moves by a thousandth of a percent in a minute of a quarter).
const reports = new WeakMap<Workspace, Map<string, PeriodReport | undefined>>();
function cachedReport(ws: Workspace, periodId: string, now: Date): PeriodReport | undefined {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const key = `${periodId}\n${minute.toISOString()}`;
  let kept = reports.get(ws);
  if (!kept) reports.set(ws, (kept = new Map()));
  if (!kept.has(key)) {
    if (kept.size > 8) kept.clear();
    kept.set(key, periodReport(ws, periodId, minute));
  }
  return kept.get(key);
}

export const firstScreenHandler = {
  'home.firstScreen': async (request, ctx) => {
    const now = new Date(requireText(request.now, 'now'));
    if (Number.isNaN(now.getTime())) throw new RouterError('invalid', `now: expected an ISO date and time, got ${JSON.stringify(request.now)}`);
    const query = typeof request.query === 'string' ? request.query : '';
    const store = await ctx.store();
    const [ws, me, lastExportAt] = await Promise.all([ctx.workspaceText.workspace(store), store.me(), store.lastExportAt()]);
    if (!ws) return { value: undefined };
    const ask = { query, me, now, limit: FIRST_ROWS };
    return { value: { screen: firstScreen(ws, ask, (id) => cachedReport(ws, id, ask.now)), me, lastExportAt } };
  },
} satisfies Pick<Handlers, 'home.firstScreen'>;
