import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, kpi, objective, person, team, workspace } from '../../test/builders.ts';
import { openStore } from './okr-store.ts';
import { StoreValidationError } from './record-batch.ts';

let dbCount = 0;
const freshStore = () => openStore({ name: `store-test-${++dbCount}` });

const jiraLink = { key: 'jira:acme.atlassian.net/PROJ-123', url: 'https://acme.atlassian.net/browse/PROJ-123', title: 'Checkout redesign' };

function sample() {
  const ws = workspace({
    people: [person({ id: 'ada' }), person({ id: 'grace' })],
    teams: [team({ id: 'growth', memberIds: ['ada'] })],
    objectives: [
      objective({ id: 'o1', ownerIds: ['ada', 'grace'], teamIds: ['growth'] }),
      objective({ id: 'o2', ownerIds: ['grace'], periodId: '2026-q3' }),
    ],
    keyResults: [keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], links: [jiraLink] }), keyResult({ id: 'k2', objectiveId: 'o1', ownerIds: ['grace'] })],
    checkIns: [
      checkIn({ id: 'c2', targetId: 'k1', time: '2026-11-10T10:00:00.000Z', value: 30 }),
      checkIn({ id: 'c1', targetId: 'k1', time: '2026-11-03T10:00:00.000Z', value: 25 }),
      checkIn({ id: 'c3', targetId: 'k2', time: '2026-11-04T10:00:00.000Z', value: 21 }),
    ],
  });
  return ws;
}

describe('OkrStore', () => {
  it('returns nothing before a workspace is saved, and the same workspace after', async () => {
    const store = await freshStore();
    expect(await store.load()).toBeUndefined();
    const ws = sample();
    await store.write(ws);
    const loaded = await store.load();
    expect(loaded?.objectives.map((o) => o.id).sort()).toEqual(['o1', 'o2']);
    expect(loaded?.checkIns).toHaveLength(3);
    expect(loaded?.workspace).toEqual(ws.workspace);
  });

  it('answers the indexed questions', async () => {
    const store = await freshStore();
    await store.write(sample());
    expect((await store.objectivesByPeriod('2026-q3')).map((o) => o.id)).toEqual(['o2']);
    expect((await store.objectivesByOwner('grace')).map((o) => o.id).sort()).toEqual(['o1', 'o2']);
    expect((await store.objectivesByTeam('growth')).map((o) => o.id)).toEqual(['o1']);
    expect((await store.keyResultsByObjective('o1')).map((k) => k.id).sort()).toEqual(['k1', 'k2']);
    expect((await store.keyResultsByOwner('ada')).map((k) => k.id)).toEqual(['k1']);
    expect((await store.checkInsFor('k1')).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect((await store.checkInsFor('k1', '2026-11-05')).map((c) => c.id)).toEqual(['c2']);
  });

  it('finds the OKRs of a page by its canonical link key, and follows link edits', async () => {
    const store = await freshStore();
    await store.write(sample());
    const found = await store.okrsForLink(jiraLink.key);
    expect(found.keyResults.map((k) => k.id)).toEqual(['k1']);
    expect(found.links).toEqual([{ ...jiraLink, targetType: 'keyResult', targetId: 'k1' }]);

    const moved = { ...sample().keyResults[0]!, links: [] };
    await store.write({ keyResults: [moved, { ...sample().keyResults[1]!, links: [jiraLink] }] });
    expect((await store.okrsForLink(jiraLink.key)).keyResults.map((k) => k.id)).toEqual(['k2']);
  });

  it('writes nothing when a record is invalid, and says which one', async () => {
    const store = await freshStore();
    const ws = sample();
    const bad = { ...ws, keyResults: [...ws.keyResults, { ...keyResult({ id: 'k9' }), weight: -1 }] };
    const error = await store.write(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreValidationError);
    expect((error as StoreValidationError).message).toContain('keyResult "k9", field weight: must be at least 0, got -1');
    expect(await store.load()).toBeUndefined();
  });

  it('is all-or-nothing when IndexedDB refuses part of a batch', async () => {
    const store = await freshStore();
    await store.write({ checkIns: [checkIn({ id: 'dup', targetId: 'k1' })] });
    const ws = sample();
    // The duplicate check-in comes last: every record before it was already queued in the transaction.
    const batch = { ...ws, checkIns: [...ws.checkIns, checkIn({ id: 'dup', targetId: 'k2', value: 99 })] };
    await expect(store.write(batch)).rejects.toThrow(/batch not written \(ConstraintError.*nothing was changed/);
    expect(await store.load()).toBeUndefined();
    expect(await store.objectivesByPeriod('2026-q4')).toEqual([]);
    expect((await store.checkInsFor('k2'))).toEqual([]);
    expect((await store.okrsForLink(jiraLink.key)).links).toEqual([]);
  });

  it('deletes with a tombstone and removes the link rows', async () => {
    const store = await freshStore();
    await store.write(sample());
    await store.delete('keyResult', ['k1'], '2026-11-20T20:00:00.000Z');
    const loaded = await store.load();
    expect(loaded?.keyResults.map((k) => k.id)).toEqual(['k2']);
    expect(loaded?.tombstones).toEqual([{ id: 'k1', type: 'keyResult', deletedAt: '2026-11-20T20:00:00.000Z' }]);
    expect((await store.okrsForLink(jiraLink.key)).links).toEqual([]);
  });

  it('stores the tombstones a merged bundle brings', async () => {
    const store = await freshStore();
    const tombstone = { id: 'gone', type: 'objective' as const, deletedAt: '2026-11-02T09:00:00.000Z', last: { id: 'gone', title: 'Old', updatedAt: '2026-11-01T09:00:00.000Z' } };
    await store.write({ ...sample(), tombstones: [tombstone] });
    expect((await store.load())?.tombstones).toEqual([tombstone]);
  });

  it('refuses a malformed tombstone like any other record', async () => {
    const store = await freshStore();
    const bad = { id: 'gone', type: 'objective' as const, deletedAt: 'last week' };
    await expect(store.write({ tombstones: [bad] })).rejects.toThrow('tombstone "gone", field deletedAt: expected an ISO date-time');
    expect(await store.load()).toBeUndefined();
  });

  it('remembers the last export date', async () => {
    const store = await freshStore();
    expect(await store.lastExportAt()).toBeUndefined();
    await store.setLastExportAt('2026-11-20T20:00:00.000Z');
    expect(await store.lastExportAt()).toBe('2026-11-20T20:00:00.000Z');
  });

  it('keeps KPIs: write, load, replace, delete with a typed tombstone', async () => {
    const store = await freshStore();
    const churn = kpi({ id: 'churn', ownerIds: ['ada'], teamIds: ['growth'], healthyMax: 2 });
    await store.write({ ...sample(), kpis: [churn], checkIns: [...sample().checkIns, checkIn({ id: 'ck', targetType: 'kpi', targetId: 'churn', value: 2.6 })] });
    expect((await store.load())?.kpis).toEqual([churn]);
    expect((await store.kpisByTeam('growth')).map((k) => k.id)).toEqual(['churn']);

    const uptime = kpi({ id: 'uptime', healthyMin: 99.9, healthyMax: undefined });
    await store.replace({ ...sample(), kpis: [uptime] });
    expect((await store.load())?.kpis.map((k) => k.id)).toEqual(['uptime']);
    expect(await store.kpisByOwner('ada')).toEqual([]);

    await store.deleteAll([{ type: 'kpi', id: 'uptime', last: uptime }], '2026-11-20T20:00:00.000Z');
    const after = await store.load();
    expect(after?.kpis).toEqual([]);
    expect(after?.tombstones.map((x) => [x.id, x.type])).toEqual([['uptime', 'kpi']]);
  });

  it('refuses a malformed KPI and writes nothing', async () => {
    const store = await freshStore();
    await expect(store.write({ ...sample(), kpis: [{ ...kpi({ id: 'k' }), healthyMax: 'low' as unknown as number }] })).rejects.toThrow('kpi "k", field healthyMax: expected a number, got "low"');
    expect(await store.load()).toBeUndefined();
  });
});
