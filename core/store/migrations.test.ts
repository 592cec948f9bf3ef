import { describe, expect, it } from 'vitest';
import { keyResult, objective } from '../../test/builders.ts';
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
});
