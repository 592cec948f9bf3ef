import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, workspace } from '../../test/builders.ts';
import { openStore, type OkrStore } from './okr-store.ts';
import { readSnapshot } from './workspace-snapshot.ts';

let n = 0;
async function snapshotted(): Promise<{ store: OkrStore; text: string }> {
  const store = await openStore({ name: `snapshot-test-${++n}` });
  await store.write(workspace({ objectives: [objective({ id: 'o1' })], keyResults: [keyResult({ id: 'k1', objectiveId: 'o1' })] }));
  const { ws, version } = await store.loadVersioned();
  const text = JSON.stringify(ws);
  expect(await store.saveSnapshot(version, text)).toBe(true);
  return { store, text };
}

describe('workspace snapshot', () => {
  it('reads back the text saved at the current data version', async () => {
    const { store, text } = await snapshotted();
    expect(await readSnapshot(store.db)).toBe(text);
  });

  it('is not kept when a change committed between the read and the save', async () => {
    const store = await openStore({ name: `snapshot-test-${++n}` });
    await store.write(workspace({ objectives: [objective({ id: 'o1' })] }));
    const { ws, version } = await store.loadVersioned();
    await store.write({ objectives: [objective({ id: 'o2' })] });
    expect(await store.saveSnapshot(version, JSON.stringify(ws))).toBe(false);
    expect(await readSnapshot(store.db)).toBeUndefined();
  });

  it('goes stale with every kind of change: write, replace, delete, and dropping', async () => {
    const changes: ((s: OkrStore) => Promise<unknown>)[] = [
      (s) => s.write({ checkIns: [checkIn({ id: 'c9', targetId: 'k1' })] }),
      (s) => s.replace(workspace({ objectives: [objective({ id: 'o3' })] })),
      (s) => s.deleteAll([{ type: 'keyResult', id: 'k1' }], '2026-11-20T20:00:00.000Z'),
      (s) => s.delete('objective', ['o1'], '2026-11-20T20:00:00.000Z'),
      (s) => s.dropSnapshots(),
    ];
    for (const change of changes) {
      const { store } = await snapshotted();
      await change(store);
      expect(await readSnapshot(store.db)).toBeUndefined();
    }
  });

  it('is not touched by who I am or the last export date, which are not in the text', async () => {
    const { store, text } = await snapshotted();
    await store.setMe('ada');
    await store.setLastExportAt('2026-11-20T20:00:00.000Z');
    expect(await readSnapshot(store.db)).toBe(text);
  });

  it('gives data written before versions existed a version of its own', async () => {
    const store = await openStore({ name: `snapshot-test-${++n}` });
    await store.write(workspace({ objectives: [objective({ id: 'o1' })] }));
    await store.db.delete('meta', 'dataVersion');
    const { ws, version } = await store.loadVersioned();
    expect(version).toBeUndefined();
    expect(await store.saveSnapshot(version, JSON.stringify(ws))).toBe(true);
    expect(await readSnapshot(store.db)).toBe(JSON.stringify(ws));
  });
});
