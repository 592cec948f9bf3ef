import { describe, expect, it } from 'vitest';
import { periodReport } from '../../core/report/period-report.ts';
import { errorOf, loadedBackground, testBackground, valueOf } from './test-kit.ts';

const NOW = '2026-11-20T20:00:00.000Z';

describe('home.firstScreen', () => {
  it('is undefined before anything was saved', async () => {
    expect(valueOf(await testBackground().call({ type: 'home.firstScreen', query: '', now: NOW }))).toBeUndefined();
  });

  it('answers the first rows of the period with the rollups the page computes, and who I am', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'me.set', personId: 'grace' }));
    const answer = valueOf(await bg.call({ type: 'home.firstScreen', query: 'period=2026-q4', now: NOW }))!;
    const ws = valueOf(await bg.call({ type: 'workspace.get' }))!;
    const report = periodReport(ws, '2026-q4', new Date(NOW))!;
    expect(answer.me).toBe('grace');
    expect(answer.screen.workspace.name).toBe(ws.workspace.name);
    expect(answer.screen.tree?.rows.map((r) => ({ ...r.row, keyResults: r.keyResults }))).toEqual(report.objectives);
    expect(answer.screen.tree?.initiatives.map(([id]) => id).sort()).toEqual(['k1', 'o1']);
  });

  it('is fresh after a change', async () => {
    const bg = await loadedBackground();
    const progressOfK3 = async () => {
      const answer = valueOf(await bg.call({ type: 'home.firstScreen', query: '', now: NOW }))!;
      return answer.screen.tree?.rows.flatMap((r) => r.keyResults).find((k) => k.keyResult.id === 'k3')?.progress;
    };
    expect(await progressOfK3()).toMatchObject({ state: 'pending', reason: 'no-check-in' });
    valueOf(await bg.call({ type: 'checkIn.add', draft: { id: 'c-new', targetType: 'keyResult', targetId: 'k3', value: 7, status: 'behind', authorId: 'grace' } }));
    expect(await progressOfK3()).toMatchObject({ state: 'measured' });
  });

  it('refuses a clock it cannot read', async () => {
    const bg = await loadedBackground();
    expect(errorOf(await bg.call({ type: 'home.firstScreen', query: '', now: 'soon' })).message).toContain('now: expected an ISO date');
  });
});
