import { describe, expect, it } from 'vitest';
import { errorOf, JIRA, loadedBackground, testBackground, valueOf } from './test-kit.ts';

const ids = (list: { id: string }[]) => list.map((r) => r.id).sort();

describe('queries', () => {
  it('summarise an empty browser, then the imported workspace', async () => {
    const empty = valueOf(await testBackground().call({ type: 'workspace.summary' }));
    expect(empty).toMatchObject({ workspace: undefined, lastExportAt: undefined, counts: { objectives: 0, checkIns: 0 } });
    const bg = await loadedBackground();
    const summary = valueOf(await bg.call({ type: 'workspace.summary' }));
    expect(summary.workspace?.name).toBe('Acme');
    expect(summary.counts).toEqual({ people: 2, teams: 1, periods: 1, objectives: 2, keyResults: 3, initiatives: 2, checkIns: 1, kpis: 0 });
  });

  it('find OKRs by period, team, owner and link key', async () => {
    const bg = await loadedBackground();
    const q4 = valueOf(await bg.call({ type: 'okrs.byPeriod', periodId: '2026-q4' }));
    expect([ids(q4.objectives), ids(q4.keyResults)]).toEqual([['o1', 'o2'], ['k1', 'k2', 'k3']]);
    const growth = valueOf(await bg.call({ type: 'okrs.byTeam', teamId: 'growth' }));
    expect([ids(growth.objectives), ids(growth.keyResults)]).toEqual([['o1'], ['k1', 'k2']]);
    // Grace owns k2 under Ada's objective: it is hers all the same.
    const grace = valueOf(await bg.call({ type: 'okrs.byOwner', personId: 'grace' }));
    expect([ids(grace.objectives), ids(grace.keyResults)]).toEqual([['o2'], ['k2', 'k3']]);
    const linked = valueOf(await bg.call({ type: 'okrs.byLink', key: JIRA.key }));
    expect(ids(linked.keyResults)).toEqual(['k1']);
    expect(valueOf(await bg.call({ type: 'okrs.byPeriod', periodId: '2027-q1' }))).toEqual({ objectives: [], keyResults: [] });
  });

  it('list a target’s check-ins in time order', async () => {
    const bg = await loadedBackground();
    expect(ids(valueOf(await bg.call({ type: 'checkIns.forTarget', targetId: 'k1' })))).toEqual(['c1']);
    expect(valueOf(await bg.call({ type: 'checkIns.forTarget', targetId: 'k1', from: '2026-11-02' }))).toEqual([]);
  });

  it('refuse a missing key instead of matching everything', async () => {
    const bg = await loadedBackground();
    // @ts-expect-error: what a content script with a bug could send
    const error = errorOf(await bg.call({ type: 'okrs.byPeriod' }));
    expect(error).toMatchObject({ feature: 'okrs', code: 'invalid', message: 'okrs: periodId: expected a non-empty string, got nothing' });
    expect(bg.events).toEqual([]);
  });
});
