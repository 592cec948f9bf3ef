import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, period, person, workspace } from '../../test/builders.ts';
import { bundleOf, errorOf, testBackground, valueOf } from './test-kit.ts';

async function background() {
  const bg = testBackground();
  const ws = workspace({
    people: [person({ id: 'ada' })],
    periods: [period({ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' }), period({ parentId: '2026' })],
    objectives: [objective({ id: 'o1', ownerIds: ['ada'] }), objective({ id: 'o2', ownerIds: ['ada'], commitment: 'aspirational' })],
    keyResults: [keyResult({ id: 'k1', objectiveId: 'o1', start: 0, target: 10 }), keyResult({ id: 'k2', objectiveId: 'o2', start: 0, target: 10 })],
    checkIns: [checkIn({ targetId: 'k1', value: 10, authorId: 'ada' }), checkIn({ targetId: 'k2', value: 6, authorId: 'ada' })],
  });
  valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(ws), fileName: 'q4.okr.json' }));
  bg.events.length = 0;
  return bg;
}

describe('period.close', () => {
  it('closes, scores, creates the next period and carries unfinished KRs over, in one write with one broadcast', async () => {
    const bg = await background();
    const result = valueOf(await bg.call({ type: 'period.close', periodId: '2026-q4', closings: [{ objectiveId: 'o2', score: 0.7, note: 'Close enough' }] }));
    expect(result.objectives.map((o) => [o.id, o.state, o.score, o.closingNote])).toEqual([['o1', 'closed', 1, undefined], ['o2', 'closed', 0.7, 'Close enough']]);
    expect(result.next?.created.map((p) => p.id)).toEqual(['2027', '2027-q1']);
    expect(result.carried.map((c) => [c.from, c.keyResults.map((k) => [k.carriedFromId, k.start])])).toEqual([['o2', [['k2', 6]]]]);
    const ws = valueOf(await bg.call({ type: 'workspace.get' }));
    expect(ws?.periods.map((p) => p.id).sort()).toEqual(['2026', '2026-q4', '2027', '2027-q1']);
    expect(ws?.objectives.filter((o) => o.periodId === '2027-q1').map((o) => o.carriedFromId)).toEqual(['o2']);
    expect(ws?.keyResults.find((k) => k.id === 'k1')).toMatchObject({ state: 'closed', score: 1 });
    expect(bg.events).toHaveLength(1);
    expect(bg.events[0]?.ids).toEqual(expect.arrayContaining(['2027-q1', 'o1', 'o2', 'k1', 'k2', result.carried[0]!.objective.id]));
  });

  it('refuses a bad score or an objective not open in the period, and changes nothing', async () => {
    const bg = await background();
    const bad = errorOf(await bg.call({ type: 'period.close', periodId: '2026-q4', closings: [{ objectiveId: 'o1', score: 1.5 }, { objectiveId: 'zz' }] }));
    expect(bad.code).toBe('invalid');
    expect(bad.details).toEqual(['objective "o1", field score: must be 0.0–1.0, got 1.5', 'objective "zz", field id: is not an open objective of this period']);
    expect(errorOf(await bg.call({ type: 'period.close', periodId: 'nope', closings: [] })).code).toBe('not-found');
    const ws = valueOf(await bg.call({ type: 'workspace.get' }));
    expect(ws?.objectives.every((o) => o.state === 'active')).toBe(true);
    expect(ws?.periods).toHaveLength(2);
    expect(bg.events).toEqual([]);
  });

  it('does not close an objective twice', async () => {
    const bg = await background();
    valueOf(await bg.call({ type: 'period.close', periodId: '2026-q4', closings: [] }));
    const again = valueOf(await bg.call({ type: 'period.close', periodId: '2026-q4', closings: [] }));
    expect(again.objectives).toEqual([]);
    expect(again.carried).toEqual([]);
  });
});
