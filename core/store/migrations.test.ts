import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, kpi, objective, person } from '../../test/builders.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations.ts';
import { openOkrDb } from './open-store.ts';
import { storeOn } from './okr-store.ts';

let n = 0;
const freshName = () => `migration-test-${++n}`;

describe('migrations', () => {
  it('are numbered 1, 2, … with no gap, and the latest is what the store opens', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('1: creates every store and index from nothing', async () => {
    const name = freshName();
    const db = await openOkrDb({ name, version: 1 });
    expect([...db.objectStoreNames].sort()).toEqual(['checkIns', 'initiatives', 'keyResults', 'links', 'meta', 'objectives', 'people', 'periods', 'teams', 'tombstones']);
    const tx = db.transaction(['objectives', 'keyResults', 'checkIns', 'links']);
    expect([...tx.objectStore('objectives').indexNames].sort()).toEqual(['by-owner', 'by-period', 'by-team']);
    expect([...tx.objectStore('keyResults').indexNames]).toEqual(['by-objective']);
    expect(tx.objectStore('checkIns').index('by-target-time').keyPath).toEqual(['targetId', 'time']);
    expect(tx.objectStore('links').index('by-key').keyPath).toBe('key');
    db.close();
  });

  it('2: adds key results by owner over data written at version 1, losing nothing', async () => {
    const name = freshName();
    const v1 = await openOkrDb({ name, version: 1 });
    await v1.put('objectives', objective({ id: 'o1' }));
    await v1.put('keyResults', keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada', 'grace'] }));
    await v1.put('keyResults', keyResult({ id: 'k2', objectiveId: 'o1', ownerIds: ['grace'] }));
    v1.close();

    const v2 = await openOkrDb({ name, version: 2 });
    expect(v2.version).toBe(2);
    const store = storeOn(v2);
    expect((await store.keyResultsByOwner('grace')).map((k) => k.id).sort()).toEqual(['k1', 'k2']);
    expect((await store.keyResultsByOwner('ada')).map((k) => k.id)).toEqual(['k1']);
    expect((await store.objectivesByPeriod('2026-q4')).map((o) => o.id)).toEqual(['o1']);
    v2.close();
  });

  it('3: adds KPIs by owner and team over data written at version 2, losing nothing', async () => {
    const name = freshName();
    const v2 = await openOkrDb({ name, version: 2 });
    expect([...v2.objectStoreNames]).not.toContain('kpis');
    await v2.put('meta', { key: 'workspace', value: { id: 'ws', name: 'Acme', updatedAt: '2026-10-01T09:00:00.000Z', settings: DEFAULT_SETTINGS } });
    await v2.put('people', person({ id: 'ada' }));
    await v2.put('objectives', objective({ id: 'o1' }));
    await v2.put('keyResults', keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'] }));
    await v2.put('checkIns', checkIn({ id: 'c1', targetId: 'k1', value: 25 }));
    v2.close();

    const v3 = await openOkrDb({ name, version: 3 });
    expect(v3.version).toBe(3);
    const tx = v3.transaction('kpis');
    expect([...tx.store.indexNames].sort()).toEqual(['by-owner', 'by-team']);
    expect(tx.store.index('by-owner').multiEntry).toBe(true);
    const store = storeOn(v3);
    const before = await store.load();
    expect(before?.kpis).toEqual([]);
    expect([before?.objectives.length, before?.keyResults.length, before?.checkIns.length]).toEqual([1, 1, 1]);
    expect((await store.keyResultsByOwner('ada')).map((k) => k.id)).toEqual(['k1']);
    await store.write({ kpis: [kpi({ id: 'churn', ownerIds: ['ada'], teamIds: ['success'] })], checkIns: [checkIn({ id: 'c2', targetType: 'kpi', targetId: 'churn', value: 2.6 })] });
    expect((await store.kpisByOwner('ada')).map((k) => k.id)).toEqual(['churn']);
    expect((await store.kpisByTeam('success')).map((k) => k.id)).toEqual(['churn']);
    expect((await store.checkInsFor('churn')).map((c) => c.value)).toEqual([2.6]);
    v3.close();
  });
});
